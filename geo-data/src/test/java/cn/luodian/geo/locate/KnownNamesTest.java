package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KnownNamesTest {

    @Test
    void findsTheLongestNameStartingAtAPosition() {
        KnownNames known = KnownNames.of(Map.of(NameKind.ROAD, List.of("京哈", "京哈高速", "京哈高速公路辅路")));
        String text = "距京哈高速公路约50米";

        assertThat(known.longestMatch(NameKind.ROAD, text, 1)).isEqualTo(4);
        assertThat(known.longestMatch(NameKind.ROAD, text, 0)).isZero();
        assertThat(known.longestMatch(NameKind.WATERWAY, text, 1)).isZero();
        assertThat(known.longestMatch(NameKind.ROAD, text, text.length())).isZero();
    }

    @Test
    void doesNotMatchPastTheEndOfTheText() {
        KnownNames known = KnownNames.of(Map.of(NameKind.ROAD, List.of("京哈高速")));

        assertThat(known.longestMatch(NameKind.ROAD, "京哈高", 0)).isZero();
    }

    @Test
    void normalisesNamesLikeTheParser() {
        KnownNames known = KnownNames.of(Map.of(
                NameKind.VILLAGE, List.of("长凌营村村委会", "悟仙观社区居委会"),
                NameKind.LANDMARK, List.of(" 群芳三园西区８０号楼 ")));

        assertThat(known.contains(NameKind.VILLAGE, "长凌营村")).isTrue();
        assertThat(known.contains(NameKind.VILLAGE, "悟仙观社区")).isTrue();
        assertThat(known.contains(NameKind.VILLAGE, "长凌营村村委会")).isFalse();
        assertThat(known.contains(NameKind.LANDMARK, "群芳三园西区80号楼")).isTrue();
    }

    @Test
    void ignoresBlankAndNullNames() {
        List<String> names = new ArrayList<>(List.of("", "  "));
        names.add(null);
        KnownNames known = KnownNames.of(Map.of(NameKind.ROAD, names));

        assertThat(known.longestMatch(NameKind.ROAD, "  ", 0)).isZero();
        assertThat(known.contains(NameKind.ROAD, "")).isFalse();
    }

    @Test
    void noneKnowsNothing() {
        assertThat(KnownNames.none().longestMatch(NameKind.TOWNSHIP, "潞县镇", 0)).isZero();
        assertThat(KnownNames.none().contains(NameKind.TOWNSHIP, "潞县镇")).isFalse();
    }

    @Test
    void holdsAGazetteerOfThreeHundredThousandRoads() {
        List<String> roads = new ArrayList<>();
        for (int i = 0; i < 300_000; i++) {
            roads.add("路" + Integer.toString(i, 36) + (i % 2 == 0 ? "街" : "大街"));
        }
        KnownNames known = KnownNames.of(Map.of(NameKind.ROAD, roads));

        assertThat(known.longestMatch(NameKind.ROAD, "距路zzzz大街约5米", 1)).isZero();
        assertThat(known.longestMatch(NameKind.ROAD, "距路6fhb大街约5米", 1))
                .isEqualTo(("路" + Integer.toString(299_999, 36) + "大街").length());
        assertThat(known.contains(NameKind.ROAD, "路0街")).isTrue();
    }
}
