package cn.luodian.api.components;

import java.util.regex.Pattern;

/**
 * What an import replaces besides adding and updating: every stored component of one 小类
 * ({@code B0101}) or of one township ({@code 110112106}) that the file does not hold is removed.
 */
public record ComponentReplace(Scope scope, String code) {
    private static final Pattern CATEGORY = Pattern.compile("B[0-9]{4}");
    private static final Pattern TOWNSHIP = Pattern.compile("[0-9]{9}");

    /** By what the removed components are chosen. */
    public enum Scope { CATEGORY, TOWNSHIP }

    /** Checks the form of the code (whether it exists is the import's check). */
    public ComponentReplace {
        if (scope == null || code == null) {
            throw new IllegalArgumentException("替换范围不完整");
        }
        if (scope == Scope.CATEGORY && !CATEGORY.matcher(code).matches()) {
            throw new IllegalArgumentException("部件小类代码 '" + code + "' 的格式不对：应为 B 加 4 位数字，如 B0101");
        }
        if (scope == Scope.TOWNSHIP && !TOWNSHIP.matcher(code).matches()) {
            throw new IllegalArgumentException("乡镇街道代码 '" + code + "' 的格式不对：应为 9 位数字，如 110112106");
        }
    }

    public static ComponentReplace category(String code) {
        return new ComponentReplace(Scope.CATEGORY, code);
    }

    public static ComponentReplace township(String code) {
        return new ComponentReplace(Scope.TOWNSHIP, code);
    }

    /** How messages name the scope: 小类 B0101, 乡镇街道 110112106. */
    public String label() {
        return (scope == Scope.CATEGORY ? "小类 " : "乡镇街道 ") + code;
    }
}
