package cn.luodian.geo.layer;

import java.util.List;

/**
 * Official committee names to the names people write: "长凌营村村委会" → "长凌营村",
 * "谢楼村委会" → "谢楼村", "运河大街社区居民委员会" → "运河大街社区".
 */
public final class OfficialNames {
    /** Longest first, each with what replaces it. */
    private static final List<String[]> SUFFIXES = List.of(
            new String[] {"村村民委员会", "村"},
            new String[] {"社区居民委员会", "社区"},
            new String[] {"村村委会", "村"},
            new String[] {"社区居委会", "社区"},
            new String[] {"村民委员会", "村"},
            new String[] {"居民委员会", "社区"},
            new String[] {"村委会", "村"},
            new String[] {"居委会", "社区"});

    private OfficialNames() {
    }

    public static String bareName(String officialName) {
        String name = officialName.strip();
        for (String[] suffix : SUFFIXES) {
            if (name.endsWith(suffix[0]) && name.length() > suffix[0].length()) {
                return name.substring(0, name.length() - suffix[0].length()) + suffix[1];
            }
        }
        return name;
    }
}
