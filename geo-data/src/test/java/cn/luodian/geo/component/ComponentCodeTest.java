package cn.luodian.geo.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComponentCodeTest {
    static final ComponentCategories CATEGORIES = ComponentCategories.of(Map.of(
            "B0101", "上水井盖", "B0112", "路灯", "B0208", "道路护栏", "B0405", "绿地"));

    @Test
    void splitsIntoDistrictCategoryAndSequence() {
        ComponentCode code = ComponentCode.parse(" 1101120101000042 ", CATEGORIES);
        assertThat(code.value()).isEqualTo("1101120101000042");
        assertThat(code.districtCode()).isEqualTo("110112");
        assertThat(code.categoryCode()).isEqualTo("B0101");
        assertThat(code.sequence()).isEqualTo(42);
    }

    @Test
    void buildsFromDistrictCategoryAndSequence() {
        ComponentCode code = ComponentCode.of("110112", "B0112", 7);
        assertThat(code.value()).isEqualTo("1101120112000007");
        assertThat(ComponentCode.parse(code.value(), CATEGORIES)).isEqualTo(code);
        assertThat(ComponentCode.of("110105", "B0405", 999_999).value()).isEqualTo("1101050405999999");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "110112010100004|应为 16 位数字，实为 15 位",
        "11011201010000421|应为 16 位数字，实为 17 位",
        "11011201O1000042|第 9 位不是数字",
        "１１０１１２０１０１００００４２|第 1 位不是数字",
        "1101120101x|第 11 位不是数字",
        "9901120101000042|前 6 位 990112 不是区县代码：前两位 99 不是省级区划代码",
        "1101000101000042|前 6 位 110100 不是区县代码：后两位为 00",
        "1101120001000042|大类或小类为 00",
        "1101120101000000|顺序号为 000000",
        "1101129901000042|大类 99 不在部件分类中",
        "1101120199000042|小类 99（B0199）不在部件分类中",
    })
    void refusesWithThePreciseReason(String text, String reason) {
        assertThatThrownBy(() -> ComponentCode.parse(text, CATEGORIES))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(reason);
    }

    @Test
    void refusesAnEmptyCodeAndShowsControlCharactersAsQuestionMarks() {
        assertThatThrownBy(() -> ComponentCode.parse("  ", CATEGORIES)).hasMessage("部件标识码为空");
        assertThatThrownBy(() -> ComponentCode.parse(null, CATEGORIES)).hasMessage("部件标识码为空");
        assertThatThrownBy(() -> ComponentCode.parse("110112\u0000101000042", CATEGORIES))
                .hasMessageContaining("'110112?101000042'").hasMessageContaining("第 7 位不是数字");
    }

    @Test
    void refusesToBuildFromBadParts() {
        assertThatThrownBy(() -> ComponentCode.of("110112", "A0101", 1)).hasMessageContaining("B 加 4 位数字");
        assertThatThrownBy(() -> ComponentCode.of("110112", "B0101", 0)).hasMessageContaining("1 到 999999");
        assertThatThrownBy(() -> ComponentCode.of("110112", "B0101", 1_000_000)).hasMessageContaining("超出范围");
        assertThatThrownBy(() -> ComponentCode.of("1101", "B0101", 1)).hasMessageContaining("实为 14 位");
    }

    @Test
    void categoriesRefuseCodesOfAnotherForm() {
        assertThatThrownBy(() -> ComponentCategories.of(Map.of("A0101", "x"))).hasMessageContaining("'A0101' 的格式不对");
        assertThat(CATEGORIES.hasMajor("01")).isTrue();
        assertThat(CATEGORIES.hasMajor("03")).isFalse();
        assertThat(ComponentCategories.ofCodes(java.util.Set.of("B0101")).findName("B0101")).contains("B0101");
    }
}
