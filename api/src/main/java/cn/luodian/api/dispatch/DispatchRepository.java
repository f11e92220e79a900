package cn.luodian.api.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Responsible units and dispatch rules. */
@Repository
public class DispatchRepository {
    private static final RowMapper<ResponsibleUnit> UNIT = (rs, i) -> new ResponsibleUnit(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), rs.getString("township_code"));
    private static final RowMapper<DispatchRule> RULE = (rs, i) -> new DispatchRule(rs.getLong("id"),
            rs.getString("category_prefix"), rs.getString("jurisdiction_prefix"), rs.getLong("unit_id"), rs.getInt("priority"));

    private final JdbcTemplate jdbc;

    public DispatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResponsibleUnit> listUnits() {
        return jdbc.query("SELECT * FROM responsible_unit ORDER BY code", UNIT);
    }

    public Optional<ResponsibleUnit> findUnit(long id) {
        return jdbc.query("SELECT * FROM responsible_unit WHERE id = ?", UNIT, id).stream().findFirst();
    }

    public Optional<ResponsibleUnit> findUnitByCode(String code) {
        return jdbc.query("SELECT * FROM responsible_unit WHERE code = ?", UNIT, code).stream().findFirst();
    }

    /** The township's own office, the home unit (属地) cases fall back to. */
    public Optional<ResponsibleUnit> findHomeUnit(String townshipCode) {
        return jdbc.query("SELECT * FROM responsible_unit WHERE township_code = ? ORDER BY id", UNIT, townshipCode)
                .stream().findFirst();
    }

    public long insertUnit(String code, String name, String townshipCode) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "INSERT INTO responsible_unit (code, name, township_code) VALUES (?, ?, ?)", new String[] {"id"});
            statement.setString(1, code);
            statement.setString(2, name);
            statement.setString(3, townshipCode);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<DispatchRule> listRules() {
        return jdbc.query("SELECT * FROM dispatch_rule ORDER BY id", RULE);
    }

    public void insertRule(String categoryPrefix, String jurisdictionPrefix, long unitId, int priority) {
        jdbc.update("INSERT INTO dispatch_rule (category_prefix, jurisdiction_prefix, unit_id, priority) VALUES (?, ?, ?, ?)",
                categoryPrefix, jurisdictionPrefix, unitId, priority);
    }
}
