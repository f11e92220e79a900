package cn.luodian.api.security;

import java.time.Instant;

/** One row of {@code app_user}. {@code passwordHash} is the encoder's output, never the password. */
public record UserRecord(long id, String username, String passwordHash, Role role, String displayName,
                         String scopeCode, Long unitId, boolean enabled, Instant createdAt) {

    public Actor actor() {
        return new Actor(username, role, scopeCode, unitId);
    }
}
