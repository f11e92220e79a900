package cn.luodian.api.security;

import java.time.Instant;

/** A user as the users API shows it: never the password hash. */
public record UserJson(String username, Role role, String roleName, String displayName, String scopeCode,
                       Long unitId, boolean enabled, Instant createdAt) {

    static UserJson of(UserRecord user) {
        return new UserJson(user.username(), user.role(), RoleNames.chinese(user.role()), user.displayName(),
                user.scopeCode(), user.unitId(), user.enabled(), user.createdAt());
    }
}
