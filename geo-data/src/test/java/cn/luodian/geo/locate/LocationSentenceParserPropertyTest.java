package cn.luodian.geo.locate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Made-up names, each a stem and a suffix of its kind, composed into both sentence forms in the ways
 * people write them: the parser must give every part back. The stems avoid suffix characters, since
 * a name that does not end the way its kind does can only be found through {@link KnownNames}.
 */
class LocationSentenceParserPropertyTest {
    private static final String STEM_CHARACTERS = "长凌营李辛庄谢杜永乐张家马头柴屯于集仓富豪甸觅子群芳棵树玉带云景翠屏新华"
            + "中小大通惠金银双红星光明和平安德福祥瑞丰盛兴旺康宁泰顺利东南西北一二三四五六七八九十上";
    private static final List<String> TOWNSHIP_SUFFIXES = List.of("镇", "乡", "回族乡", "街道", "地区");
    private static final List<String> VILLAGE_SUFFIXES = List.of("村", "社区");
    private static final List<String> COMMITTEE_SUFFIXES = List.of("", "", "村委会", "村民委员会");
    private static final List<String> ROAD_SUFFIXES = List.of(
            "路", "街", "大街", "道", "环路", "大堤路", "高速", "公路", "胡同", "巷", "桥");
    private static final List<String> WATERWAY_SUFFIXES = List.of(
            "河", "沟", "渠", "运河", "引河", "减河", "湖", "库", "坑塘");
    private static final List<String> LANDMARK_SUFFIXES = List.of(
            "号楼", "楼", "站", "小区", "园", "区", "大厦", "中心", "学校", "小学", "中学", "医院", "市场",
            "公园", "广场", "门", "所");
    private static final List<String> DIRECTIONS = List.of("东", "南", "西", "北", "东北", "东南", "西南", "西北");
    private static final List<String> SIDE_WORDS = List.of("侧", "侧", "面", "边", "方");
    private static final List<String> SEPARATORS = List.of(",", "，", "、", "；", ";", " ", "");
    private static final int SENTENCES = 2_000;

    private final Random random = new Random(20240601L);
    private final LocationSentenceParser parser = new LocationSentenceParser(KnownNames.none());

    @Test
    void readsBackGeneratedRuralSentences() {
        for (int n = 0; n < SENTENCES; n++) {
            String township = maybe(0.8) ? name(TOWNSHIP_SUFFIXES) : null;
            String village = maybe(0.8) ? name(VILLAGE_SUFFIXES) : null;
            boolean hasRoad = maybe(0.8);
            boolean hasWaterway = !hasRoad || maybe(0.7);
            String road = hasRoad ? name(ROAD_SUFFIXES) : null;
            String waterway = hasWaterway ? name(WATERWAY_SUFFIXES) : null;
            Integer roadMetres = hasRoad ? 1 + random.nextInt(3000) : null;
            Integer waterwayMetres = hasWaterway ? 1 + random.nextInt(3000) : null;

            StringBuilder text = new StringBuilder();
            text.append(township == null ? "" : township);
            if (village != null) {
                text.append(village.endsWith("村") ? village + pick(COMMITTEE_SUFFIXES) : village);
            }
            List<String> clauses = new ArrayList<>();
            if (hasRoad) {
                clauses.add(clause(road, roadMetres));
            }
            if (hasWaterway) {
                clauses.add(clause(waterway, waterwayMetres));
            }
            if (maybe(0.5)) {
                Collections.reverse(clauses);
            }
            text.append(maybe(0.3) ? "，" : "").append(String.join(pick(SEPARATORS), clauses));

            assertThat(parser.parse(text.toString())).as(text.toString()).isEqualTo(new ParsedLocation(
                    township, village, road, roadMetres, waterway, waterwayMetres, null, null, List.of()));
        }
    }

    @Test
    void readsBackGeneratedUrbanSentences() {
        for (int n = 0; n < SENTENCES; n++) {
            String township = maybe(0.8) ? name(TOWNSHIP_SUFFIXES) : null;
            String village = maybe(0.2) ? name(VILLAGE_SUFFIXES) : null;
            String road = maybe(0.7) ? name(ROAD_SUFFIXES) : null;
            String landmark = road == null || maybe(0.9) ? landmark() : null;
            String direction = pick(DIRECTIONS);

            String text = (township == null ? "" : township) + (village == null ? "" : village)
                    + (road == null ? "" : road) + (landmark == null ? "" : landmark)
                    + direction + pick(SIDE_WORDS) + (maybe(0.2) ? "。" : "");

            assertThat(parser.parse(text)).as(text).isEqualTo(new ParsedLocation(
                    township, village, road, null, null, null, landmark, direction + "侧", List.of()));
        }
    }

    private String clause(String name, int metres) {
        String number = Integer.toString(metres);
        if (maybe(0.3)) {
            number = toFullWidth(number);
        }
        return pick(List.of("距", "距", "距离")) + name + pick(List.of("约", "约", "大约", ""))
                + number + pick(List.of("米", "米", "m", "M", "ｍ"));
    }

    private String landmark() {
        if (maybe(0.3)) {
            // Without a suffix, before the side; "星东南侧" would be ambiguous, so no direction at the end.
            return stem().replaceAll("[东南西北]+$", "") + "美食";
        }
        String suffix = pick(LANDMARK_SUFFIXES);
        String stem = stem();
        if (suffix.equals("号楼") || maybe(0.2)) {
            stem += (1 + random.nextInt(120));
        }
        return stem + suffix;
    }

    private String name(List<String> suffixes) {
        return stem() + pick(suffixes);
    }

    private String stem() {
        int length = 2 + random.nextInt(3);
        StringBuilder stem = new StringBuilder();
        for (int i = 0; i < length; i++) {
            stem.append(STEM_CHARACTERS.charAt(random.nextInt(STEM_CHARACTERS.length())));
        }
        return stem.toString();
    }

    private boolean maybe(double probability) {
        return random.nextDouble() < probability;
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static String toFullWidth(String ascii) {
        StringBuilder out = new StringBuilder();
        for (char c : ascii.toCharArray()) {
            out.append((char) (c + 0xFEE0));
        }
        return out.toString();
    }
}
