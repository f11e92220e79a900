package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class LocationSentenceParserTest {
    private final LocationSentenceParser parser = new LocationSentenceParser(KnownNames.none());

    @Test
    void readsTheRuralSeedExample() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距长凌营环路约124米,距北运河约465米");

        assertThat(parsed).isEqualTo(new ParsedLocation(
                "潞县镇", "长凌营村", "长凌营环路", 124, "北运河", 465, null, null, List.of()));
    }

    @Test
    void readsTheUrbanSeedExample() {
        ParsedLocation parsed = parser.parse("梨园地区群芳中一街群芳三园西区80号楼北侧");

        assertThat(parsed).isEqualTo(new ParsedLocation(
                "梨园地区", null, "群芳中一街", null, null, null, "群芳三园西区80号楼", "北侧", List.of()));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "\u3000\t\n"})
    void rejectsEmptyText(String text) {
        assertThatThrownBy(() -> parser.parse(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("位置描述为空");
    }

    @Test
    void readsAVillageWithoutTownship() {
        ParsedLocation parsed = parser.parse("长凌营村距长凌营环路约124米,距北运河约465米");

        assertThat(parsed.township()).isNull();
        assertThat(parsed.village()).isEqualTo("长凌营村");
        assertThat(parsed.road()).isEqualTo("长凌营环路");
        assertThat(parsed.waterwayDistanceMetres()).isEqualTo(465);
        assertThat(parsed.warnings()).isEmpty();
    }

    @Test
    void readsAnEthnicTownship() {
        ParsedLocation parsed = parser.parse("于家务回族乡大杜社村距大杜社环路约30米，距凤港减河约210米");

        assertThat(parsed.township()).isEqualTo("于家务回族乡");
        assertThat(parsed.village()).isEqualTo("大杜社村");
        assertThat(parsed.road()).isEqualTo("大杜社环路");
        assertThat(parsed.waterway()).isEqualTo("凤港减河");
        assertThat(parsed.waterwayDistanceMetres()).isEqualTo(210);
    }

    @Test
    void readsAStreetAndCommunity() {
        ParsedLocation rural = parser.parse("玉桥街道艺苑西里社区距玉桥中路约40米");
        ParsedLocation urban = parser.parse("玉桥街道艺苑西里社区3号楼南侧");

        assertThat(rural.township()).isEqualTo("玉桥街道");
        assertThat(rural.village()).isEqualTo("艺苑西里社区");
        assertThat(rural.road()).isEqualTo("玉桥中路");
        assertThat(rural.roadDistanceMetres()).isEqualTo(40);
        assertThat(urban).isEqualTo(new ParsedLocation(
                "玉桥街道", "艺苑西里社区", null, null, null, null, "3号楼", "南侧", List.of()));
    }

    @Test
    void readsACommunityWhoseNameHoldsAVillage() {
        assertThat(parser.parse("卢沟桥街道管村社区距管村路约15米").village()).isEqualTo("管村社区");
        assertThat(parser.parse("卢沟桥街道管村社区3号楼西侧").landmark()).isEqualTo("3号楼");
    }

    @Test
    void dropsTheCommitteeSuffixOfAVillage() {
        assertThat(parser.parse("潞县镇长凌营村村委会距长凌营环路约124米").village()).isEqualTo("长凌营村");
        assertThat(parser.parse("潞县镇长凌营村委会距长凌营环路约124米").village()).isEqualTo("长凌营村");
        assertThat(parser.parse("玉桥街道艺苑西里社区居委会距玉桥中路约40米").village()).isEqualTo("艺苑西里社区");
    }

    @Test
    void takesTheCommitteeOfficeAsLandmarkWhenASideFollows() {
        ParsedLocation parsed = parser.parse("漷县镇长凌营村村委会东侧");

        assertThat(parsed.village()).isEqualTo("长凌营村");
        assertThat(parsed.landmark()).isEqualTo("长凌营村村委会");
        assertThat(parsed.side()).isEqualTo("东侧");
    }

    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
        "宋庄镇疃里大街丛林美食西侧,       宋庄镇,   -,        疃里大街,     丛林美食,      西侧",
        "徐辛庄路乡村酒店北侧,             -,        -,        徐辛庄路,     乡村酒店,      北侧",
        "台湖镇京哈高速公路辅路南侧,       台湖镇,   -,        京哈高速公路辅路, -,         南侧",
        "漷县镇镇海寺村东侧,               漷县镇,   镇海寺村, -,            -,             东侧",
        "张家湾镇张家湾镇村西北侧,         张家湾镇, 张家湾镇村, -,          -,             西北侧",
        "潞城镇谢楼村村口小卖部南侧,       潞城镇,   谢楼村,   -,            村口小卖部,    南侧",
        "中仓街道新华大街小学北侧,         中仓街道, -,        -,            新华大街小学,  北侧",
    })
    void readsRealLookingUrbanSentences(String text, String township, String village, String road,
            String landmark, String side) {
        assertThat(parser.parse(text)).isEqualTo(new ParsedLocation(
                township, village, road, null, null, null, landmark, side, List.of()));
    }

    @Test
    void readsASideBeforeTheClauses() {
        ParsedLocation parsed = parser.parse("永乐店镇柴厂屯村东侧距柴厂屯路约30米处");

        assertThat(parsed).isEqualTo(new ParsedLocation(
                "永乐店镇", "柴厂屯村", "柴厂屯路", 30, null, null, null, "东侧", List.of()));
    }

    @Test
    void keepsTheFirstRoadAndWaterwayOnly() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距长凌营环路约124米,距北运河约465米,距港沟河约90米");

        assertThat(parsed.waterway()).isEqualTo("北运河");
        assertThat(parsed.warnings()).containsExactly("second waterway not kept: \"港沟河\"");
    }

    @Test
    void readsAnUrbanSentenceWithoutRoad() {
        ParsedLocation parsed = parser.parse("梨园地区群芳三园西区80号楼北侧");

        assertThat(parsed.township()).isEqualTo("梨园地区");
        assertThat(parsed.road()).isNull();
        assertThat(parsed.landmark()).isEqualTo("群芳三园西区80号楼");
    }

    @Test
    void readsALandmarkWithoutSuffixBeforeTheSide() {
        ParsedLocation parsed = parser.parse("北苑街道翠屏西路首讯拓展网咖东南侧");

        assertThat(parsed.road()).isEqualTo("翠屏西路");
        assertThat(parsed.landmark()).isEqualTo("首讯拓展网咖");
        assertThat(parsed.side()).isEqualTo("东南侧");
    }

    @Test
    void keepsASuffixAloneWithWhatCameBefore() {
        ParsedLocation parsed = parser.parse("中仓街道新华大街小学北侧");

        assertThat(parsed.road()).isNull();
        assertThat(parsed.landmark()).isEqualTo("新华大街小学");
    }

    @Test
    void doesNotTakeADirectionInsideANameForTheSide() {
        ParsedLocation parsed = parser.parse("永顺地区东方红小区南侧");

        assertThat(parsed.landmark()).isEqualTo("东方红小区");
        assertThat(parsed.side()).isEqualTo("南侧");
    }

    @Test
    void readsTheSideOfARoad() {
        ParsedLocation parsed = parser.parse("梨园地区群芳中一街北侧");

        assertThat(parsed.road()).isEqualTo("群芳中一街");
        assertThat(parsed.landmark()).isNull();
        assertThat(parsed.side()).isEqualTo("北侧");
    }

    @Test
    void skipsADistrictBeforeTheTownshipWithAWarning() {
        ParsedLocation parsed = parser.parse("通州区梨园地区群芳中一街群芳三园西区80号楼北侧");

        assertThat(parsed.township()).isEqualTo("梨园地区");
        assertThat(parsed.landmark()).isEqualTo("群芳三园西区80号楼");
        assertThat(parsed.warnings()).containsExactly("district not kept: \"通州区\"");
    }

    @Test
    void warnsAboutJunkAfterARuralSentence() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距长凌营环路约124米,距北运河约465米。请属地尽快整改");

        assertThat(parsed.road()).isEqualTo("长凌营环路");
        assertThat(parsed.waterwayDistanceMetres()).isEqualTo(465);
        assertThat(parsed.warnings()).containsExactly("not understood: \"请属地尽快整改\"");
    }

    @Test
    void warnsAboutJunkAfterAnUrbanSentence() {
        ParsedLocation parsed = parser.parse("梨园地区群芳中一街群芳三园西区80号楼北侧有大量垃圾堆放");

        assertThat(parsed.landmark()).isEqualTo("群芳三园西区80号楼");
        assertThat(parsed.side()).isEqualTo("北侧");
        assertThat(parsed.warnings()).containsExactly("not understood: \"有大量垃圾堆放\"");
    }

    @Test
    void warnsAboutJunkBetweenVillageAndClauses() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村村口距长凌营环路约124米");

        assertThat(parsed.village()).isEqualTo("长凌营村");
        assertThat(parsed.road()).isEqualTo("长凌营环路");
        assertThat(parsed.warnings()).containsExactly("not understood: \"村口\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"今天天气很好", "!!!???###", "12345", "asdfgh qwerty", "，，，", "距", "约米"})
    void returnsAnEmptyResultWithAWarningForGarbage(String text) {
        ParsedLocation parsed = parser.parse(text);

        assertThat(parsed.isEmpty()).isTrue();
        assertThat(parsed.warnings()).isNotEmpty();
    }

    @Test
    void warnsWhenADistanceHasNoUnit() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距北运河约465");

        assertThat(parsed.waterwayDistanceMetres()).isEqualTo(465);
        assertThat(parsed.warnings()).containsExactly("no unit after 465 to \"北运河\": metres assumed");
    }

    @Test
    void keepsANameWithoutDistance() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距北运河很近");

        assertThat(parsed.waterway()).isEqualTo("北运河");
        assertThat(parsed.waterwayDistanceMetres()).isNull();
        assertThat(parsed.warnings()).containsExactly("no distance to \"北运河\"", "not understood: \"很近\"");
    }

    @Test
    void takesAnUnknownNameAsTheFreeKindWithAWarning() {
        ParsedLocation parsed = parser.parse("梨园镇距京通快速约50米,距萧太后河约300米");

        assertThat(parsed.road()).isEqualTo("京通快速");
        assertThat(parsed.roadDistanceMetres()).isEqualTo(50);
        assertThat(parsed.waterway()).isEqualTo("萧太后河");
        assertThat(parsed.warnings()).hasSize(1);
    }

    @Test
    void keepsTheDistanceAfterTheSideOutOfTheParts() {
        ParsedLocation parsed = parser.parse("梨园地区群芳中一街群芳三园西区80号楼北侧约20米");

        assertThat(parsed.landmark()).isEqualTo("群芳三园西区80号楼");
        assertThat(parsed.side()).isEqualTo("北侧");
        assertThat(parsed.warnings()).containsExactly("distance after the side not kept: \"约20米\"");
    }

    @Test
    void readsKilometresAndDecimals() {
        ParsedLocation parsed = parser.parse("潞县镇长凌营村距长凌营环路约12.6米,距北运河约1.2公里");

        assertThat(parsed.roadDistanceMetres()).isEqualTo(13);
        assertThat(parsed.waterwayDistanceMetres()).isEqualTo(1200);
    }

    @Test
    void doesNotReadDigitsInARoadNameAsADistance() {
        ParsedLocation parsed = parser.parse("马驹桥镇距G103国道约80米");

        assertThat(parsed.township()).isEqualTo("马驹桥镇");
        assertThat(parsed.road()).isEqualTo("G103国道");
        assertThat(parsed.roadDistanceMetres()).isEqualTo(80);
    }

    @Test
    void prefersKnownNames() {
        KnownNames known = KnownNames.of(Map.of(
                NameKind.VILLAGE, List.of("西集村委会"),
                NameKind.ROAD, List.of("京通快速"),
                NameKind.LANDMARK, List.of("云景里社区卫生服务中心")));
        LocationSentenceParser withNames = new LocationSentenceParser(known);

        ParsedLocation rural = withNames.parse("西集镇西集村距京通快速约50米");
        ParsedLocation urban = withNames.parse("梨园地区云景里社区卫生服务中心西侧");

        assertThat(rural.township()).isEqualTo("西集镇");
        assertThat(rural.village()).isEqualTo("西集村");
        assertThat(rural.road()).isEqualTo("京通快速");
        assertThat(rural.warnings()).isEmpty();
        assertThat(urban.village()).isNull();
        assertThat(urban.landmark()).isEqualTo("云景里社区卫生服务中心");
    }

    @Test
    void prefersAKnownLandmarkThatHoldsARoadAndADistrictSuffix() {
        String text = "新华街道新华西街万达金街商业区北侧";
        LocationSentenceParser withNames = new LocationSentenceParser(
                KnownNames.of(Map.of(NameKind.LANDMARK, List.of("万达金街商业区"))));

        ParsedLocation bySuffix = parser.parse(text);
        ParsedLocation byName = withNames.parse(text);

        assertThat(bySuffix.road()).isEqualTo("新华西街");
        assertThat(bySuffix.landmark()).isEqualTo("万达金街商业区");
        assertThat(byName).isEqualTo(bySuffix);
        assertThat(parser.parse("新华街道万达金街商业区北侧").road()).isEqualTo("万达金街");
        assertThat(withNames.parse("新华街道万达金街商业区北侧").road()).isNull();
        assertThat(withNames.parse("新华街道万达金街商业区北侧").landmark()).isEqualTo("万达金街商业区");
    }

    @Test
    void prefersAKnownRoadWithoutSuffixInTheHead() {
        LocationSentenceParser withNames = new LocationSentenceParser(
                KnownNames.of(Map.of(NameKind.ROAD, List.of("京通快速"))));

        ParsedLocation parsed = withNames.parse("梨园地区京通快速北京城市副中心站南侧");

        assertThat(parsed.road()).isEqualTo("京通快速");
        assertThat(parsed.landmark()).isEqualTo("北京城市副中心站");
    }

    @Test
    void survivesLongStrangeInput() {
        String text = "距".repeat(1000) + "北侧".repeat(500) + "约1米".repeat(300) + "路村镇".repeat(300);

        ParsedLocation parsed = parser.parse(text);

        assertThat(parsed.warnings()).isNotEmpty();
        assertThat(parsed.warnings()).allMatch(w -> w.length() < 100);
    }
}
