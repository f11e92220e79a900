package cn.luodian.api.stats;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import java.util.List;

/**
 * Which cases an actor's statistics count, as a SQL condition: a responsible unit only the cases
 * dispatched to it; everyone else the cases in their jurisdiction (district, township or village
 * code; an empty scope is everywhere). A scope that is none of these counts nothing.
 */
public record StatsScope(String condition, List<Object> args) {
    private static final StatsScope NOTHING = new StatsScope("1 = 0", List.of());

    static StatsScope of(Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            return actor.unitId() == null ? NOTHING : new StatsScope("unit_id = ?", List.of(actor.unitId()));
        }
        return ofAdminCode(actor.scopeCode());
    }

    public static StatsScope ofAdminCode(String code) {
        return switch (code.length()) {
            case 0 -> new StatsScope("1 = 1", List.of());
            case 6 -> new StatsScope("district_code = ?", List.of(code));
            case 9 -> new StatsScope("township_code = ?", List.of(code));
            case 12 -> new StatsScope("village_code = ?", List.of(code));
            default -> NOTHING;
        };
    }
}
