package cn.luodian.api.security;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The {@code app_user} table. */
@Repository
public class UserStore {
    private static final String COLUMNS =
            "id, username, password_hash, role, display_name, scope_code, unit_id, enabled, created_at";

    private final JdbcTemplate jdbc;

    public UserStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<UserRecord> findByUsername(String username) {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user WHERE username = ?", UserStore::user, username)
                .stream().findFirst();
    }

    public List<UserRecord> listAll() {
        return jdbc.query("SELECT " + COLUMNS + " FROM app_user ORDER BY username", UserStore::user);
    }

    public boolean exists(String username) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE username = ?", Integer.class, username);
        return count != null && count > 0;
    }

    /** True when {@code responsible_unit} has a row with this id. */
    public boolean unitExists(long unitId) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM responsible_unit WHERE id = ?", Integer.class, unitId);
        return count != null && count > 0;
    }

    /** Inserts an enabled user; the caller has checked that the name is free. */
    public void insert(String username, String passwordHash, Role role, String displayName, String scopeCode,
                       Long unitId, Instant createdAt) {
        jdbc.update("INSERT INTO app_user (username, password_hash, role, display_name, scope_code, unit_id, enabled,"
                        + " created_at) VALUES (?, ?, ?, ?, ?, ?, TRUE, ?)",
                username, passwordHash, role.name(), displayName, scopeCode, unitId, Timestamp.from(createdAt));
    }

    public void disable(String username) {
        setEnabled(username, false);
    }

    void setEnabled(String username, boolean enabled) {
        jdbc.update("UPDATE app_user SET enabled = ? WHERE username = ?", enabled, username);
    }

    void update(String username, Role role, String displayName, String scopeCode, Long unitId) {
        jdbc.update("UPDATE app_user SET role = ?, display_name = ?, scope_code = ?, unit_id = ? WHERE username = ?",
                role.name(), displayName, scopeCode, unitId, username);
    }

    void setPasswordHash(String username, String passwordHash) {
        jdbc.update("UPDATE app_user SET password_hash = ? WHERE username = ?", passwordHash, username);
    }

    /**
     * The usernames of the enabled administrators, their rows locked until the transaction ends: two
     * administrators disabling each other at once cannot both leave none.
     */
    List<String> lockEnabledAdmins() {
        return jdbc.queryForList("SELECT username FROM app_user WHERE role = 'ADMIN' AND enabled ORDER BY id FOR UPDATE",
                String.class);
    }

    private static UserRecord user(ResultSet rs, int row) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new UserRecord(rs.getLong("id"), rs.getString("username"), rs.getString("password_hash"),
                Role.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getString("scope_code"),
                unitId, rs.getBoolean("enabled"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
