package cn.luodian.api.security;

import java.util.Objects;

/**
 * Who is acting: the signed-in user as the case service sees it. {@code scopeCode} is the admin
 * code of their jurisdiction (6, 9 or 12 digits); {@code unitId} the responsible unit a unit user
 * belongs to, else null.
 */
public record Actor(String username, Role role, String scopeCode, Long unitId) {

    public Actor {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(scopeCode, "scopeCode");
    }

    /** True when the admin code {@code code} lies inside this actor's jurisdiction. */
    public boolean covers(String code) {
        return code != null && code.startsWith(scopeCode);
    }

    /** For work the system does by itself (scheduler, demo loader): acts everywhere. */
    public static Actor system(String name) {
        return new Actor(name, Role.ADMIN, "", null);
    }
}
