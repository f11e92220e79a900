package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The ways people write the two seed sentences, each read back to the same parts. */
class LocationSentenceVariantsTest {
    private static final LocationSentenceParser PARSER = new LocationSentenceParser(KnownNames.none());

    private static final ParsedLocation RURAL = new ParsedLocation(
            "潞县镇", "长凌营村", "长凌营环路", 124, "北运河", 465, null, null, List.of());
    private static final ParsedLocation ROAD_ONLY = new ParsedLocation(
            "潞县镇", "长凌营村", "长凌营环路", 124, null, null, null, null, List.of());
    private static final ParsedLocation WATERWAY_ONLY = new ParsedLocation(
            "潞县镇", "长凌营村", null, null, "北运河", 465, null, null, List.of());

    static Stream<Arguments> ruralVariants() {
        return Stream.of(
                Arguments.of("潞县镇长凌营村距长凌营环路约124米,距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米，距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米、距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米；距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米;距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村 距长凌营环路约124米 距北运河约465米", RURAL),
                Arguments.of("潞县镇 长凌营村，距长凌营环路 约 124 米， 距北运河 约 465 米。", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距离长凌营环路约124米,距离北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路大约124米,距北运河大约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路124米,距北运河465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米左右,距北运河约465米左右", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124m,距北运河约465m", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124M,距北运河约465 M", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约１２４米，距北运河约４６５米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约１２４ｍ；距北运河约４６５Ｍ", RURAL),
                Arguments.of("　潞县镇长凌营村距长凌营环路约124米,距北运河约465米　", RURAL),
                Arguments.of("潞县镇长凌营村距北运河约465米,距长凌营环路约124米", RURAL),
                Arguments.of("潞县镇长凌营村距离北运河465m，距长凌营环路约124米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米、北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村村委会距长凌营环路约124米,距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村村民委员会距长凌营环路约124米,距北运河约465米", RURAL),
                Arguments.of("潞县镇长凌营村距长凌营环路约124米", ROAD_ONLY),
                Arguments.of("潞县镇长凌营村距离长凌营环路124m", ROAD_ONLY),
                Arguments.of("潞县镇长凌营村距北运河约465米", WATERWAY_ONLY),
                Arguments.of("潞县镇长凌营村，距北运河大约４６５米", WATERWAY_ONLY));
    }

    @ParameterizedTest
    @MethodSource("ruralVariants")
    void readsRuralVariants(String text, ParsedLocation expected) {
        assertThat(PARSER.parse(text)).isEqualTo(expected);
    }

    static Stream<Arguments> urbanVariants() {
        return Stream.of(
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北侧", "北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北面", "北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北边", "北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北方", "北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼东侧", "东侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼南侧", "南侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼西侧", "西侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼东北侧", "东北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼东南侧", "东南侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼西南侧", "西南侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼西北侧", "西北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼西北边", "西北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区８０号楼北侧", "北侧"),
                Arguments.of("梨园地区 群芳中一街 群芳三园西区80号楼 北侧", "北侧"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北侧。", "北侧"));
    }

    @ParameterizedTest
    @MethodSource("urbanVariants")
    void readsUrbanVariants(String text, String side) {
        assertThat(PARSER.parse(text)).isEqualTo(new ParsedLocation(
                "梨园地区", null, "群芳中一街", null, null, null, "群芳三园西区80号楼", side, List.of()));
    }

    static Stream<Arguments> urbanVariantsWithADistance() {
        return Stream.of(
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北侧约20米", "约20米"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北侧20m", "20m"),
                Arguments.of("梨园地区群芳中一街群芳三园西区80号楼北侧 大约２０米", "大约20米"));
    }

    @ParameterizedTest
    @MethodSource("urbanVariantsWithADistance")
    void readsUrbanVariantsWithADistance(String text, String distance) {
        assertThat(PARSER.parse(text)).isEqualTo(new ParsedLocation(
                "梨园地区", null, "群芳中一街", null, null, null, "群芳三园西区80号楼", "北侧",
                List.of("distance after the side not kept: \"" + distance + "\"")));
    }

    static Stream<Arguments> urbanVariantsWithoutRoad() {
        return Stream.of(
                Arguments.of("梨园地区群芳三园西区80号楼北侧", "梨园地区", "群芳三园西区80号楼", "北侧"),
                Arguments.of("北苑街道通州万达广场东南侧", "北苑街道", "通州万达广场", "东南侧"),
                Arguments.of("宋庄镇运河中学西面", "宋庄镇", "运河中学", "西侧"),
                Arguments.of("群芳三园西区80号楼北侧", null, "群芳三园西区80号楼", "北侧"));
    }

    @ParameterizedTest
    @MethodSource("urbanVariantsWithoutRoad")
    void readsUrbanVariantsWithoutRoad(String text, String township, String landmark, String side) {
        assertThat(PARSER.parse(text)).isEqualTo(new ParsedLocation(
                township, null, null, null, null, null, landmark, side, List.of()));
    }
}
