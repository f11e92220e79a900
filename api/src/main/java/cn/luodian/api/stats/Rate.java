package cn.luodian.api.stats;

/**
 * One rate as a fraction: how many cases met the standard ({@code numerator}) out of how many it
 * applies to ({@code denominator}). Counts add up across groups, so a total is the sum of its parts.
 */
public record Rate(long numerator, long denominator) {
    public static final Rate NONE = new Rate(0, 0);

    public Rate {
        if (numerator < 0 || denominator < 0 || numerator > denominator) {
            throw new IllegalArgumentException("比率无效：" + numerator + "/" + denominator);
        }
    }

    /** The share, or null when no case counts (never NaN). */
    public Double value() {
        return denominator == 0 ? null : (double) numerator / denominator;
    }

    /** How the API answers a rate: its Chinese label, the fraction and the share. */
    public java.util.Map<String, Object> json(String label) {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("label", label);
        json.put("numerator", numerator);
        json.put("denominator", denominator);
        json.put("rate", value());
        return json;
    }

    public Rate plus(Rate other) {
        return new Rate(numerator + other.numerator, denominator + other.denominator);
    }
}
