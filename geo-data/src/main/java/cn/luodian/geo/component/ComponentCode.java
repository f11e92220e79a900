package cn.luodian.geo.component;

import java.util.Set;

/**
 * A 部件标识码 as common practice (after CJ/T 214) writes it: 16 digits, the county-level district
 * code (6), the 大类 (2), the 小类 (2) and a sequence number within them (6), e.g.
 * {@code 1101120101000042}: 通州区, 公用设施, 上水井盖, No. 42. The one place this rule is kept.
 */
public record ComponentCode(String value) implements Comparable<ComponentCode> {
    public static final int LENGTH = 16;
    public static final int MAX_SEQUENCE = 999_999;
    /** The first two digits of the province-level divisions (GB/T 2260). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    /** Checks the form only (digits, district); {@link #parse} also checks the 小类 against the taxonomy. */
    public ComponentCode {
        String reason = formProblem(value);
        if (reason != null) {
            throw new IllegalArgumentException(reason);
        }
    }

    /**
     * The code in {@code text} (surrounding spaces ignored), whose 大类 and 小类 must be in {@code categories}.
     *
     * @throws IllegalArgumentException with the Chinese reason
     */
    public static ComponentCode parse(String text, ComponentCategories categories) {
        ComponentCode code = new ComponentCode(text == null ? null : text.strip());
        String category = code.categoryCode();
        if (!categories.contains(category)) {
            String major = code.value.substring(6, 8);
            throw new IllegalArgumentException(categories.hasMajor(major)
                    ? "部件标识码 " + code.value + " 的小类 " + code.value.substring(8, 10) + "（" + category + "）不在部件分类中"
                    : "部件标识码 " + code.value + " 的大类 " + major + " 不在部件分类中");
        }
        return code;
    }

    /** The code of the {@code sequence}-th component of a 小类 ({@code B0101}) in a district ({@code 110112}). */
    public static ComponentCode of(String districtCode, String categoryCode, int sequence) {
        if (categoryCode == null || !ComponentCategories.CODE.matcher(categoryCode).matches()) {
            throw new IllegalArgumentException("部件小类代码 '" + categoryCode + "' 的格式不对：应为 B 加 4 位数字，如 B0101");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("部件顺序号 " + sequence + " 超出范围（1 到 " + MAX_SEQUENCE + "）");
        }
        String district = districtCode == null ? "" : districtCode;
        return new ComponentCode(district + categoryCode.substring(1) + "%06d".formatted(sequence));
    }

    /** 6 digits: the county-level division the component is in. */
    public String districtCode() {
        return value.substring(0, 6);
    }

    /** The taxonomy's 小类 code, {@code B} + 大类 + 小类: {@code B0101}. */
    public String categoryCode() {
        return "B" + value.substring(6, 10);
    }

    public int sequence() {
        return Integer.parseInt(value.substring(10));
    }

    @Override
    public int compareTo(ComponentCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }

    private static String formProblem(String value) {
        if (value == null || value.isEmpty()) {
            return "部件标识码为空";
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return "部件标识码 '" + ComponentText.shown(value) + "' 第 " + (i + 1) + " 位不是数字（应为 " + LENGTH + " 位数字）";
            }
        }
        if (value.length() != LENGTH) {
            return "部件标识码 '" + ComponentText.shown(value) + "' 应为 " + LENGTH + " 位数字，实为 " + value.length() + " 位";
        }
        String district = value.substring(0, 6);
        if (!PROVINCES.contains(district.substring(0, 2))) {
            return "部件标识码 " + value + " 的前 6 位 " + district + " 不是区县代码：前两位 " + district.substring(0, 2) + " 不是省级区划代码";
        }
        if (district.endsWith("00")) {
            return "部件标识码 " + value + " 的前 6 位 " + district + " 不是区县代码：后两位为 00 的是省、市级代码";
        }
        if (value.substring(6, 8).equals("00") || value.substring(8, 10).equals("00")) {
            return "部件标识码 " + value + " 的大类或小类为 00";
        }
        if (value.endsWith("000000")) {
            return "部件标识码 " + value + " 的顺序号为 000000：顺序号从 000001 开始";
        }
        return null;
    }
}
