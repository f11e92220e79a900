package cn.luodian.geo.points;

import java.util.Set;

/**
 * Which case points a query keeps, in the terms of the case list: a category code prefix (大类 or
 * 小类), a set of state ids, received time in [{@code fromEpochSecond}, {@code toEpochSecond}),
 * and the overdue flag. Null fields do not filter.
 */
public record CasePointFilter(String categoryPrefix, Set<String> states, Long fromEpochSecond, Long toEpochSecond,
                              Boolean overdue) {

    public static final CasePointFilter ALL = new CasePointFilter(null, null, null, null, null);

    public CasePointFilter {
        states = states == null ? null : Set.copyOf(states);
    }

    /** The filter against one table's dictionaries: a few array lookups and comparisons per point. */
    Compiled compile(String[] categories, String[] stateIds) {
        boolean[] categoryOk = new boolean[categories.length];
        for (int i = 0; i < categories.length; i++) {
            categoryOk[i] = categoryPrefix == null || categories[i].startsWith(categoryPrefix);
        }
        boolean[] stateOk = new boolean[stateIds.length];
        for (int i = 0; i < stateIds.length; i++) {
            stateOk[i] = states == null || states.isEmpty() || states.contains(stateIds[i]);
        }
        return new Compiled(categoryOk, stateOk, fromEpochSecond == null ? Long.MIN_VALUE : fromEpochSecond,
                toEpochSecond == null ? Long.MAX_VALUE : toEpochSecond, overdue == null ? -1 : overdue ? 1 : 0);
    }

    record Compiled(boolean[] categoryOk, boolean[] stateOk, long from, long to, int overdue) {

        boolean accepts(int category, int state, long received, boolean isOverdue) {
            return categoryOk[category] && stateOk[state] && received >= from && received < to
                    && (overdue < 0 || (overdue == 1) == isOverdue);
        }
    }
}
