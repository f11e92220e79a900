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
    private static final String UNIT_COLUMNS = "id, code, name, township_code, contact, enabled";
    private static final RowMapper<ResponsibleUnit> UNIT = (rs, i) -> new ResponsibleUnit(rs.getLong("id"),
            rs.getString("code"), rs.getString("name"), rs.getString("township_code"), rs.getString("contact"),
            rs.getBoolean("enabled"));
    private static final RowMapper<DispatchRule> RULE = (rs, i) -> new DispatchRule(rs.getLong("id"),
            rs.getString("category_prefix"), rs.getString("jurisdiction_prefix"), rs.getLong("unit_id"), rs.getInt("priority"));

    private final JdbcTemplate jdbc;

    public DispatchRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<ResponsibleUnit> listUnits() {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM responsible_unit ORDER BY code", UNIT);
    }

    public Optional<ResponsibleUnit> findUnit(long id) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM responsible_unit WHERE id = ?", UNIT, id).stream().findFirst();
    }

    public Optional<ResponsibleUnit> findUnitByCode(String code) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM responsible_unit WHERE code = ?", UNIT, code).stream().findFirst();
    }

    /** The township's own office, the home unit (属地) cases fall back to: the oldest enabled one. */
    public Optional<ResponsibleUnit> findHomeUnit(String townshipCode) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM responsible_unit WHERE township_code = ? AND enabled"
                + " ORDER BY id", UNIT, townshipCode).stream().findFirst();
    }

    public long insertUnit(String code, String name, String townshipCode) {
        return insertUnit(code, name, townshipCode, "");
    }

    public long insertUnit(String code, String name, String townshipCode, String contact) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement(
                    "INSERT INTO responsible_unit (code, name, township_code, contact) VALUES (?, ?, ?, ?)",
                    new String[] {"id"});
            statement.setString(1, code);
            statement.setString(2, name);
            statement.setString(3, townshipCode);
            statement.setString(4, contact);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    /** Name, township and contact; the code stays (imports and other systems refer to it). */
    void updateUnit(long id, String name, String townshipCode, String contact) {
        jdbc.update("UPDATE responsible_unit SET name = ?, township_code = ?, contact = ? WHERE id = ?",
                name, townshipCode, contact, id);
    }

    void setUnitEnabled(long id, boolean enabled) {
        jdbc.update("UPDATE responsible_unit SET enabled = ? WHERE id = ?", enabled, id);
    }

    /** Locks the unit's row until the transaction ends, so that a rule is not added to a unit being disabled. */
    Optional<ResponsibleUnit> lockUnit(long id) {
        return jdbc.query("SELECT " + UNIT_COLUMNS + " FROM responsible_unit WHERE id = ? FOR UPDATE", UNIT, id)
                .stream().findFirst();
    }

    public List<DispatchRule> listRules() {
        return jdbc.query("SELECT * FROM dispatch_rule ORDER BY id", RULE);
    }

    Optional<DispatchRule> findRule(long id) {
        return jdbc.query("SELECT * FROM dispatch_rule WHERE id = ?", RULE, id).stream().findFirst();
    }

    public long insertRule(String categoryPrefix, String jurisdictionPrefix, long unitId, int priority) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO dispatch_rule (category_prefix, jurisdiction_prefix,"
                    + " unit_id, priority) VALUES (?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, categoryPrefix);
            statement.setString(2, jurisdictionPrefix);
            statement.setLong(3, unitId);
            statement.setInt(4, priority);
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    void updateRule(long id, String categoryPrefix, String jurisdictionPrefix, long unitId, int priority) {
        jdbc.update("UPDATE dispatch_rule SET category_prefix = ?, jurisdiction_prefix = ?, unit_id = ?, priority = ?"
                + " WHERE id = ?", categoryPrefix, jurisdictionPrefix, unitId, priority, id);
    }

    void deleteRule(long id) {
        jdbc.update("DELETE FROM dispatch_rule WHERE id = ?", id);
    }
}
