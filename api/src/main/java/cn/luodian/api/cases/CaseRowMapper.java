package cn.luodian.api.cases;

import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.responsibility.GridDuty;
import cn.luodian.api.system.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.springframework.jdbc.core.RowMapper;

/** A city_case row to a {@link CityCase}. */
final class CaseRowMapper implements RowMapper<CityCase> {
    static final CaseRowMapper INSTANCE = new CaseRowMapper();

    static final String COLUMNS = "id, number, source, external_id, category_code, description, urgency, state, lon, lat, "
            + "location_text, district_code, township_code, township_name, village_code, village_name, grid_cell_code, "
            + "reporter_name, reporter_phone, unit_id, merged_into, merged_count, satisfaction, received_at, registered_at, "
            + "dispatched_at, responded_at, reported_done_at, closed_at, dispatch_due_at, response_due_at, feedback_due_at, "
            + "resolve_due_at, overdue, created_by, updated_at, version, responsibility_grid_id, responsibility_grid_name, "
            + "grid_worker, grid_worker_name, component_code";

    @Override
    public CityCase mapRow(ResultSet rs, int rowNum) throws SQLException {
        String satisfaction = rs.getString("satisfaction");
        return new CityCase(
                rs.getLong("id"),
                rs.getString("number"),
                CaseSource.parse(rs.getString("source")),
                rs.getString("external_id"),
                rs.getString("category_code"),
                rs.getString("description"),
                Urgency.parse(rs.getString("urgency")),
                CaseState.parse(rs.getString("state")),
                rs.getDouble("lon"),
                rs.getDouble("lat"),
                rs.getString("location_text"),
                rs.getString("district_code"),
                rs.getString("township_code"),
                rs.getString("township_name"),
                rs.getString("village_code"),
                rs.getString("village_name"),
                rs.getString("grid_cell_code"),
                rs.getString("reporter_name"),
                rs.getString("reporter_phone"),
                (Long) rs.getObject("unit_id", Long.class),
                (Long) rs.getObject("merged_into", Long.class),
                rs.getInt("merged_count"),
                satisfaction == null ? null : Satisfaction.parse(satisfaction),
                JdbcTimes.instant(rs, "received_at"),
                JdbcTimes.instant(rs, "registered_at"),
                JdbcTimes.instant(rs, "dispatched_at"),
                JdbcTimes.instant(rs, "responded_at"),
                JdbcTimes.instant(rs, "reported_done_at"),
                JdbcTimes.instant(rs, "closed_at"),
                JdbcTimes.instant(rs, "dispatch_due_at"),
                JdbcTimes.instant(rs, "response_due_at"),
                JdbcTimes.instant(rs, "feedback_due_at"),
                JdbcTimes.instant(rs, "resolve_due_at"),
                rs.getBoolean("overdue"),
                rs.getString("created_by"),
                JdbcTimes.instant(rs, "updated_at"),
                rs.getInt("version"),
                gridDuty(rs),
                rs.getString("component_code"));
    }

    private static GridDuty gridDuty(ResultSet rs) throws SQLException {
        Long gridId = rs.getObject("responsibility_grid_id", Long.class);
        return gridId == null ? null : new GridDuty(gridId, rs.getString("responsibility_grid_name"),
                rs.getString("grid_worker"), rs.getString("grid_worker_name"));
    }

}
