package cn.luodian.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CsvFieldsTest {

    @Test
    void commasSeparateAndQuotesEncloseWithDoubledQuotesInside() {
        assertThat(CsvFields.split("a,b,,c")).containsExactly("a", "b", "", "c");
        assertThat(CsvFields.split("\"漷县镇,长凌营村\",\"他说\"\"好\"\"\",x")).containsExactly("漷县镇,长凌营村", "他说\"好\"", "x");
        assertThat(CsvFields.split("")).containsExactly("");
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsText() {
        assertThat(CsvFields.split("12\"x,y")).containsExactly("12\"x", "y");
    }

    @Test
    void aQuotedFieldThatNeverClosesIsRefusedInChinese() {
        assertThatThrownBy(() -> CsvFields.split("a,\"b,c")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("引号没有闭合");
    }
}
