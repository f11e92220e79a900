package cn.luodian.api.tokens;

import static cn.luodian.api.system.JdbcTimes.instant;
import static cn.luodian.api.system.JdbcTimes.time;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The {@code api_token} table. */
@Repository
class ApiTokenStore {
    private static final String COLUMNS = "id, username, name, scope, prefix, created_by, created_at, expires_at,"
            + " last_used_at, revoked_at, revoked_by";

    private final JdbcTemplate jdbc;

    ApiTokenStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String username, String name, TokenScope scope, String hash, String prefix, String createdBy,
                Instant createdAt, Instant expiresAt) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO api_token (username, name, scope, token_hash, prefix,"
                    + " created_by, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, username);
            statement.setString(2, name);
            statement.setString(3, scope.name());
            statement.setString(4, hash);
            statement.setString(5, prefix);
            statement.setString(6, createdBy);
            statement.setObject(7, time(createdAt));
            statement.setObject(8, time(expiresAt));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    Optional<ApiToken> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE id = ?", ApiTokenStore::token, id)
                .stream().findFirst();
    }

    /** The unrevoked, unexpired token with this hash. */
    Optional<ApiToken> findUsable(String hash, Instant now) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE token_hash = ? AND revoked_at IS NULL"
                + " AND expires_at > ?", ApiTokenStore::token, hash, time(now)).stream().findFirst();
    }

    /** A user's tokens, newest first, at most {@code limit}. */
    List<ApiToken> listFor(String username, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE username = ? ORDER BY id DESC"
                + " FETCH FIRST " + limit + " ROWS ONLY", ApiTokenStore::token, username);
    }

    /** Everyone's tokens that still stand at {@code now}, newest first, at most {@code limit}. */
    List<ApiToken> listUsable(Instant now, int limit) {
        return jdbc.query("SELECT " + COLUMNS + " FROM api_token WHERE revoked_at IS NULL AND expires_at > ?"
                + " ORDER BY id DESC FETCH FIRST " + limit + " ROWS ONLY", ApiTokenStore::token, time(now));
    }

    int countUsable(String username, Instant now) {
        Integer count = jdbc.queryForObject("SELECT COUNT(*) FROM api_token WHERE username = ? AND revoked_at IS NULL"
                + " AND expires_at > ?", Integer.class, username, time(now));
        return count == null ? 0 : count;
    }

    /** True when this call revoked it (false: it was revoked already). */
    boolean revoke(long id, String by, Instant at) {
        return jdbc.update("UPDATE api_token SET revoked_at = ?, revoked_by = ? WHERE id = ? AND revoked_at IS NULL",
                time(at), by, id) == 1;
    }

    void markUsed(long id, Instant at) {
        jdbc.update("UPDATE api_token SET last_used_at = ? WHERE id = ?", time(at), id);
    }

    private static ApiToken token(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getString("username"), rs.getString("name"),
                TokenScope.valueOf(rs.getString("scope")), rs.getString("prefix"), rs.getString("created_by"),
                instant(rs, "created_at"), instant(rs, "expires_at"), instant(rs, "last_used_at"),
                instant(rs, "revoked_at"), rs.getString("revoked_by"));
    }
}
