package cn.luodian.geo.component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The 部件 小类 a component may belong to, as the api's taxonomy defines them ({@code B0101} 上水井盖:
 * {@code B}, 大类 {@code 01}, 小类 {@code 01}). The taxonomy is data kept in the api; geo-data takes
 * its component codes as input, so that the list of known classes lives in one place only.
 */
public final class ComponentCategories {
    /** A component 小类 code: B, then 大类 and 小类 as two digits each. */
    static final Pattern CODE = Pattern.compile("B[0-9]{4}");
    static final int MAX_CATEGORIES = 10_000;

    private final Map<String, String> namesByCode;

    private ComponentCategories(Map<String, String> namesByCode) {
        this.namesByCode = namesByCode;
    }

    /** The 小类 codes with their names ({@code B0101} → 上水井盖), in the order given. */
    public static ComponentCategories of(Map<String, String> namesByCode) {
        if (namesByCode.size() > MAX_CATEGORIES) {
            throw new IllegalArgumentException("部件小类过多（最多 " + MAX_CATEGORIES + " 个，实有 " + namesByCode.size() + " 个）");
        }
        Map<String, String> copy = new LinkedHashMap<>();
        namesByCode.forEach((code, name) -> {
            if (code == null || !CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("部件小类代码 '" + code + "' 的格式不对：应为 B 加 4 位数字，如 B0101");
            }
            copy.put(code, name == null || name.isBlank() ? code : name.strip());
        });
        return new ComponentCategories(Map.copyOf(copy));
    }

    /** The 小类 codes without names (a message then names a class by its code). */
    public static ComponentCategories ofCodes(Set<String> codes) {
        Map<String, String> names = new LinkedHashMap<>();
        codes.forEach(code -> names.put(code, code));
        return of(names);
    }

    public boolean contains(String categoryCode) {
        return categoryCode != null && namesByCode.containsKey(categoryCode);
    }

    /** Whether any known 小类 is under the 大类 with these two digits ("01" for 公用设施). */
    public boolean hasMajor(String majorDigits) {
        String prefix = "B" + majorDigits;
        return namesByCode.keySet().stream().anyMatch(code -> code.startsWith(prefix));
    }

    /** The 小类's name, e.g. 上水井盖 for B0101. */
    public Optional<String> findName(String categoryCode) {
        return Optional.ofNullable(categoryCode == null ? null : namesByCode.get(categoryCode));
    }

    public Set<String> codes() {
        return namesByCode.keySet();
    }

    public int size() {
        return namesByCode.size();
    }
}
