package cn.luodian.api.assessment;

import cn.luodian.api.stats.GroupRates;
import cn.luodian.api.stats.RateColumns;
import cn.luodian.api.stats.StatsScope;
import cn.luodian.api.system.JdbcTimes;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The assessment's figures, each counted by one SQL query over the store (H2 and PostgreSQL run
 * the same text): the cases, reports and 核查 tasks grouped by the grid worker or 责任网格 stored with
 * the case, and the patrol coverage of the cells the worker or grid had during the period. Every
 * answer is keyed by the worker's username or the grid's id as text.
 */
@Repository
class AssessmentStore {
    /** The figures' grouping: the columns of {@code city_case} and of the grid tables it uses. */
    enum By {
        WORKER("grid_worker", "grid_worker_name", "created_by"),
        GRID("responsibility_grid_id", "responsibility_grid_name", "responsibility_grid_id");

        private final String caseKey;
        private final String caseName;
        private final String reportKey;

        By(String caseKey, String caseName, String reportKey) {
            this.caseKey = caseKey;
            this.caseName = caseName;
            this.reportKey = reportKey;
        }
    }

    /** 核查 counts of one key: tasks in the period, those decided (done on time or past due), those done on time. */
    record Verification(long tasks, long decided, long onTime) {
    }

    /** Patrol coverage of one key: cells held during the period and those patrolled at least once in it. */
    record Coverage(long cells, long visited) {
    }

    /** One assignment of a person to a grid that overlapped the period. */
    record Assignment(String username, boolean leader, long gridId, String gridCode, String gridName, String townshipCode) {
    }

    private final JdbcTemplate jdbc;

    AssessmentStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The four rates of the cases received in [from, to) per worker or grid stored with the case. */
    Map<String, GroupRates> caseRates(By by, Instant from, Instant to, StatsScope scope, Instant asOf) {
        String sql = "SELECT " + by.caseKey + " AS k, MAX(" + by.caseName + ") AS n, " + RateColumns.COUNTS
                + "\nFROM city_case WHERE received_at >= ? AND received_at < ? AND " + by.caseKey + " IS NOT NULL AND "
                + scope.condition() + " GROUP BY " + by.caseKey;
        Map<String, GroupRates> rates = new HashMap<>();
        jdbc.query(sql, rs -> {
            long[] values = new long[RateColumns.COLUMNS.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = rs.getLong(RateColumns.COLUMNS.get(i));
            }
            rates.put(rs.getString("k"), RateColumns.rates(rs.getString("k"), rs.getString("n"), values));
        }, args(List.of(JdbcTimes.time(asOf), JdbcTimes.time(from), JdbcTimes.time(to)), scope));
        return rates;
    }

    /** The problems reported from patrol (source 网格巡查) received in [from, to): per reporter, or per grid they lie in. */
    Map<String, Long> reports(By by, Instant from, Instant to, StatsScope scope) {
        String sql = "SELECT " + by.reportKey + " AS k, COUNT(*) AS n FROM city_case WHERE received_at >= ? AND received_at < ? "
                + "AND source = 'grid_patrol' AND " + by.reportKey + " IS NOT NULL AND " + scope.condition()
                + " GROUP BY " + by.reportKey;
        Map<String, Long> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString("k"), rs.getLong("n"));
        }, args(List.of(JdbcTimes.time(from), JdbcTimes.time(to)), scope));
        return counts;
    }

    /**
     * The 核查 tasks: every 反馈 (reply event) in [from, to) on a case placed with a grid worker. On
     * time: the case's own worker answered it (核查通过 or 核查不通过) no later than {@code within} after
     * the 反馈. Decided: on time, or its deadline has passed as of {@code asOf}; a task still inside its
     * deadline and unanswered by the worker is pending.
     */
    Map<String, Verification> verification(By by, Instant from, Instant to, StatsScope scope, Duration within, Instant asOf) {
        // The interval is a literal (seconds from the settings, never user input): both vendors add
        // INTERVAL 'n' SECOND to a timestamp, neither binds an interval parameter the same way. The
        // answers are joined and grouped per 反馈 (not an EXISTS read twice by the outer sums, which
        // PostgreSQL would evaluate twice per task).
        String sql = "SELECT k, COUNT(*) AS tasks, SUM(CASE WHEN on_time = 1 OR at <= ? THEN 1 ELSE 0 END) AS decided, "
                + "SUM(on_time) AS on_time FROM (SELECT c." + by.caseKey + " AS k, e.at AS at, "
                + "MAX(CASE WHEN v.case_id IS NULL THEN 0 ELSE 1 END) AS on_time "
                + "FROM case_event e JOIN city_case c ON c.id = e.case_id "
                + "LEFT JOIN case_event v ON v.case_id = e.case_id AND v.action IN ('verify', 'reject_reply') "
                + "AND v.actor = c.grid_worker AND v.at >= e.at AND v.at <= e.at + INTERVAL '" + within.toSeconds() + "' SECOND "
                + "WHERE e.action = 'reply' AND e.at >= ? AND e.at < ? AND c.grid_worker IS NOT NULL AND c." + by.caseKey
                + " IS NOT NULL AND " + qualified(scope.condition()) + " GROUP BY e.id, c." + by.caseKey + ", e.at) t GROUP BY k";
        Map<String, Verification> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString("k"), new Verification(rs.getLong("tasks"), rs.getLong("decided"), rs.getLong("on_time")));
        }, args(List.of(JdbcTimes.time(asOf.minus(within)), JdbcTimes.time(from), JdbcTimes.time(to)), scope));
        return counts;
    }

    /**
     * Patrol coverage in [from, to): the cells a worker's grids (or a grid) had at any time in the
     * period, and how many of them a patrol passed in it — the worker's own patrols for a worker,
     * anyone's for a grid.
     */
    Map<String, Coverage> coverage(By by, Instant from, Instant to, String townshipPrefix) {
        String key = by == By.WORKER ? "w.username" : "c.grid_id";
        String patrolledBy = by == By.WORKER ? " AND p.worker = w.username" : "";
        String sql = "SELECT " + key + " AS k, COUNT(DISTINCT c.cell_code) AS cells, COUNT(DISTINCT CASE WHEN EXISTS ("
                + "SELECT 1 FROM patrol_cell pc JOIN patrol p ON p.id = pc.patrol_id WHERE pc.cell_code = c.cell_code"
                + patrolledBy + " AND pc.first_passed_at >= ? AND pc.first_passed_at < ?) THEN c.cell_code END) AS visited "
                + "FROM responsibility_grid g JOIN responsibility_grid_cell c ON c.grid_id = g.id "
                + (by == By.WORKER ? "JOIN responsibility_grid_worker w ON w.grid_id = g.id AND w.valid_from < ? "
                + "AND (w.valid_to IS NULL OR w.valid_to > ?) " : "")
                + "WHERE g.township_code LIKE ? AND c.valid_from < ? AND (c.valid_to IS NULL OR c.valid_to > ?) GROUP BY " + key;
        List<Object> args = new ArrayList<>(List.of(JdbcTimes.time(from), JdbcTimes.time(to)));
        if (by == By.WORKER) {
            args.add(JdbcTimes.time(to));
            args.add(JdbcTimes.time(from));
        }
        args.addAll(List.of(townshipPrefix + "%", JdbcTimes.time(to), JdbcTimes.time(from)));
        Map<String, Coverage> counts = new HashMap<>();
        jdbc.query(sql, rs -> {
            counts.put(rs.getString("k"), new Coverage(rs.getLong("cells"), rs.getLong("visited")));
        }, args.toArray());
        return counts;
    }

    /** The assignments that overlapped [from, to) in grids of townships starting with the prefix. */
    List<Assignment> assignments(Instant from, Instant to, String townshipPrefix) {
        return jdbc.query("SELECT w.username, w.leader, g.id, g.code, g.name, g.township_code FROM responsibility_grid_worker w "
                + "JOIN responsibility_grid g ON g.id = w.grid_id WHERE g.township_code LIKE ? AND w.valid_from < ? "
                + "AND (w.valid_to IS NULL OR w.valid_to > ?) ORDER BY w.username, g.code", AssessmentStore::assignment,
                townshipPrefix + "%", JdbcTimes.time(to), JdbcTimes.time(from));
    }

    /** The grids of townships starting with the prefix that existed before {@code to}: id, code, name, township. */
    List<Assignment> grids(Instant to, String townshipPrefix) {
        return jdbc.query("SELECT NULL AS username, FALSE AS leader, g.id, g.code, g.name, g.township_code "
                + "FROM responsibility_grid g WHERE g.township_code LIKE ? AND g.created_at < ? ORDER BY g.code",
                AssessmentStore::assignment, townshipPrefix + "%", JdbcTimes.time(to));
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getString(1), rs.getBoolean(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(6));
    }

    private static Object[] args(List<Object> first, StatsScope scope) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(scope.args());
        return all.toArray();
    }

    /** The scope's condition on the case table aliased {@code c}. */
    private static String qualified(String condition) {
        return condition.replaceAll("\\b(district_code|township_code|village_code|unit_id)\\b", "c.$1");
    }
}
