package cn.luodian.geo.locate;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The words a name of each kind ends with: how the parser finds names it does not know. Lists are
 * longest first, so that a name is credited with its longest suffix ("小区", not "区").
 */
final class Suffixes {
    private static final List<String> TOWNSHIP = longestFirst("镇", "乡", "回族乡", "街道", "地区");
    /** 村/社区 and the official committee names, which the parser reads back to the bare name. */
    private static final List<String> VILLAGE = longestFirst(
            "村", "社区", "村委会", "村民委员会", "居委会", "居民委员会");
    private static final List<String> ROAD = longestFirst(
            "路", "街", "大街", "道", "环路", "大堤路", "快速路", "辅路", "高速", "公路", "国道",
            "胡同", "巷", "桥");
    private static final List<String> WATERWAY = longestFirst(
            "河", "沟", "渠", "运河", "引河", "减河", "边沟", "河道", "干渠", "支渠", "湖", "库", "水库",
            "坑塘", "塘", "池");
    private static final List<String> LANDMARK = longestFirst(
            "号楼", "楼", "号院", "院", "站", "小区", "园", "区", "大厦", "中心", "学校", "小学", "中学",
            "幼儿园", "医院", "市场", "超市", "公园", "广场", "村委会", "居委会", "门", "所", "厂", "场",
            "馆", "店", "酒店", "宾馆", "公司", "公厕", "厕所", "寺", "庙");

    private Suffixes() {
    }

    /**
     * The longest suffix of {@code kind} that {@code text[start, end)} ends with, provided some name
     * is left before it ("环路" alone is no road); null otherwise. A road and a waterway compete:
     * "X河道" is a waterway although it ends with 道, so the longer of the two suffixes decides.
     */
    static String endingOf(NameKind kind, String text, int start, int end) {
        String suffix = longestEnding(of(kind), text, start, end);
        if (suffix == null || end - start <= suffix.length()) {
            return null;
        }
        NameKind rival = kind == NameKind.ROAD ? NameKind.WATERWAY
                : kind == NameKind.WATERWAY ? NameKind.ROAD : null;
        if (rival != null) {
            String rivalSuffix = longestEnding(of(rival), text, start, end);
            if (rivalSuffix != null && rivalSuffix.length() > suffix.length()) {
                return null;
            }
        }
        return suffix;
    }

    /** Whether {@code text} at {@code pos} starts with a suffix of {@code kind} of two or more characters. */
    static boolean startsWithCompoundSuffix(NameKind kind, String text, int pos, int end) {
        for (String suffix : of(kind)) {
            if (suffix.length() > 1 && pos + suffix.length() <= end && text.startsWith(suffix, pos)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether ending a name of {@code kind} at {@code q} would cut one of its suffixes in two:
     * "长凌营村|委会" is "长凌营村委会" cut inside 村委会.
     */
    static boolean cutsSuffix(NameKind kind, String text, int start, int q, int end) {
        for (String suffix : of(kind)) {
            for (int j = 1; j < suffix.length(); j++) {
                int from = q - j;
                if (from >= start && from + suffix.length() <= end && text.startsWith(suffix, from)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean isSuffix(NameKind kind, String word) {
        return of(kind).contains(word);
    }

    private static String longestEnding(List<String> suffixes, String text, int start, int end) {
        for (String suffix : suffixes) {
            int from = end - suffix.length();
            if (from >= start && text.startsWith(suffix, from)) {
                return suffix;
            }
        }
        return null;
    }

    private static List<String> of(NameKind kind) {
        return switch (kind) {
            case TOWNSHIP -> TOWNSHIP;
            case VILLAGE -> VILLAGE;
            case ROAD -> ROAD;
            case WATERWAY -> WATERWAY;
            case LANDMARK -> LANDMARK;
        };
    }

    private static List<String> longestFirst(String... suffixes) {
        return Stream.of(suffixes).sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }
}
