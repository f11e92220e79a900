package cn.luodian.api.cases;

import cn.luodian.api.system.JdbcTimes;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The append-only history of every case. */
@Repository
class CaseEventRepository {
    private static final RowMapper<CaseEvent> ROW = (rs, i) -> {
        String from = rs.getString("from_state");
        return new CaseEvent(rs.getLong("id"), rs.getLong("case_id"), rs.getString("action"),
                from == null ? null : CaseState.parse(from), CaseState.parse(rs.getString("to_state")),
                rs.getString("actor"), JdbcTimes.instant(rs, "at"), rs.getString("note"),
                (Long) rs.getObject("unit_id", Long.class));
    };

    private final JdbcTemplate jdbc;

    public CaseEventRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    private static final String INSERT = "INSERT INTO case_event (case_id, action, from_state, to_state, actor, at, note, "
            + "unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";

    /** One step of a case's history, before it is stored. */
    public record NewEvent(long caseId, String action, CaseState from, CaseState to, String actor, Instant at, String note,
                           Long unitId) {
    }

    public long append(long caseId, String action, CaseState from, CaseState to, String actor, Instant at, String note,
                       Long unitId) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        NewEvent event = new NewEvent(caseId, action, from, to, actor, at, note, unitId);
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(INSERT, new String[] {"id"});
            set(statement, event);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Appends the events in one JDBC batch. */
    public void appendAll(List<NewEvent> events) {
        jdbc.batchUpdate(INSERT, events, events.size(), CaseEventRepository::set);
    }

    private static void set(PreparedStatement statement, NewEvent e) throws SQLException {
        statement.setLong(1, e.caseId());
        statement.setString(2, e.action());
        statement.setString(3, e.from() == null ? null : e.from().id());
        statement.setString(4, e.to().id());
        statement.setString(5, e.actor());
        statement.setObject(6, JdbcTimes.time(e.at()));
        statement.setString(7, e.note());
        statement.setObject(8, e.unitId());
    }

    public List<CaseEvent> list(long caseId) {
        return jdbc.query("SELECT * FROM case_event WHERE case_id = ? ORDER BY id", ROW, caseId);
    }
}
