package cn.luodian.api.cases;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only history of every case. */
@Repository
public class CaseEventRepository {
    private static final RowMapper<CaseEvent> ROW = (rs, i) -> {
        String from = rs.getString("from_state");
        return new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), rs.getString("action"),
                from == null ? null : CaseState.parse(from), CaseState.parse(rs.getString("to_state")),
                rs.getString("actor"), CaseRepositories.instant(rs, "at"), rs.getString("note"),
                (Long) rs.getObject("unit_id", Long.class));
    };

    private final JdbcTemplate jdbc;

    public CaseEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long append(long caseId, String action, CaseState from, CaseState to, String actor, Instant at, String note,
                       Long unitId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO case_event (case_id, action, from_state, to_state, "
                    + "actor, at, note, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, caseId);
            statement.setString(2, action);
            statement.setString(3, from == null ? null : from.id());
            statement.setString(4, to.id());
            statement.setString(5, actor);
            statement.setObject(6, CaseRepositories.time(at));
            statement.setString(7, note);
            statement.setObject(8, unitId);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<CaseEvent> list(long caseId) {
        return jdbc.query("SELECT * FROM case_event WHERE case_id = ? ORDER BY id", ROW, caseId);
    }
}
