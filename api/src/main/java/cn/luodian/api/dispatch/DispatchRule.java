package cn.luodian.api.dispatch;

/**
 * (category, jurisdiction) → unit. A rule matches a case whose category code starts with
 * {@code categoryPrefix} and whose village/township code starts with {@code jurisdictionPrefix};
 * empty prefixes match everything.
 */
public record DispatchRule(long id, String categoryPrefix, String jurisdictionPrefix, long unitId, int priority) {

    boolean matches(String categoryCode, String jurisdictionCode) {
        return categoryCode.startsWith(categoryPrefix)
                && (jurisdictionPrefix.isEmpty() || jurisdictionCode != null && jurisdictionCode.startsWith(jurisdictionPrefix));
    }
}
