package cn.luodian.geo.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.geo.layer.DivisionCode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    private static final String TEXT = "code,name\n110112104,漷县镇\n";

    @Test
    void utf8WithAndWithoutByteOrderMarkAndGbkAllReadAsTheSameText() {
        byte[] utf8 = TEXT.getBytes(StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);

        assertThat(TextEncoding.decode(utf8, "a.csv", null)).isEqualTo(TEXT);
        assertThat(TextEncoding.decode(bom, "a.csv", null)).isEqualTo(TEXT);
        assertThat(TextEncoding.decode(TEXT.getBytes(TextEncoding.GBK), "a.csv", null)).isEqualTo(TEXT);
    }

    @Test
    void gbkNamedByTheUserIsNotGuessedAgain() {
        byte[] gbk = TEXT.getBytes(TextEncoding.GBK);
        assertThat(TextEncoding.detect(() -> new ByteArrayInputStream(gbk), "a.csv", TextEncoding.GBK)).isEqualTo(TextEncoding.GBK);
        assertThatThrownBy(() -> TextEncoding.detect(() -> new ByteArrayInputStream(gbk), "a.csv", StandardCharsets.UTF_8))
                .isInstanceOf(ImportException.class).hasMessageContaining("不是 UTF-8 编码（第 2 行）");
    }

    @Test
    void bytesThatAreNeitherUtf8NorGbkAreRefusedWithTheirLine() {
        byte[] neither = "a\nb\n".getBytes(StandardCharsets.US_ASCII);
        byte[] bad = new byte[neither.length + 2];
        System.arraycopy(neither, 0, bad, 0, neither.length);
        bad[neither.length] = (byte) 0x81;     // a GBK lead byte …
        bad[neither.length + 1] = (byte) 0x7F; // … with a trail byte GBK does not allow, and not UTF-8 either
        assertThatThrownBy(() -> TextEncoding.decode(bad, "a.csv", null))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("既不是 UTF-8 也不是 GBK 编码的文本：不是 UTF-8 编码（第 3 行），不是 GBK 编码（第 3 行）");
    }

    @Test
    void binaryWorkbooksAndEmptyFilesAreNotText() {
        assertThatThrownBy(() -> TextEncoding.decode(new byte[] {0x50, 0x4B, 0x03, 0x04, 1}, "a.xlsx", null))
                .hasMessageContaining("电子表格工作簿");
        assertThatThrownBy(() -> TextEncoding.decode(new byte[] {'a', 0, 'b'}, "a.csv", null))
                .hasMessageContaining("二进制数据");
        assertThatThrownBy(() -> TextEncoding.decode(new byte[0], "a.csv", null)).hasMessageContaining("文件为空");
    }

    @Test
    void aDivisionCodeListSavedAsGbkKeepsItsNames() {
        List<DivisionCode> codes = DivisionCodeCsvReader.read(new ByteArrayInputStream(TEXT.getBytes(TextEncoding.GBK)), "codes.csv");
        assertThat(codes).singleElement().satisfies(code -> assertThat(code.officialName()).isEqualTo("漷县镇"));
    }
}
