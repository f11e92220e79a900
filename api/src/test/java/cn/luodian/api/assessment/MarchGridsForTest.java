package cn.luodian.api.assessment;

import cn.luodian.api.system.JdbcTimes;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Hand-made grids, people, patrols, cases and 核查 events in March 2019 (Beijing: [2019-02-28T16:00Z,
 * 2019-03-31T16:00Z)), written straight into a demo server's store, in townships and a month no
 * other test uses, with every assignment and cell membership closed before today (the live grids
 * are untouched). The figures each test expects are worked out by hand below.
 *
 * <pre>
 * grid KH-ZJW-1 考核测试网格一 (张家湾镇 110112105): cells KH1..KH4; kh-a until 03-15, then kh-b (reassigned)
 * grid KH-SZ-1  考核测试网格二 (宋庄镇 110112104):   cells KH5, KH6; kh-c
 * patrols: kh-a passed KH3 on 02-20 (before the month), KH1 and KH2 in March; kh-b KH2 and KH4; kh-c none
 *
 * case worker source       created_by  received (Z)  state        response     closed        satisfaction
 * c1   kh-a   grid_patrol  kh-a        03-02         closed       on time      on time       satisfied
 * c2   kh-a   grid_patrol  kh-a        03-05         in_progress  late         -             -
 * c3   kh-a   hotline      zuoxi       03-10         verified     on time      -             -
 * c4   kh-b   grid_patrol  kh-b        03-20         closed       on time      late          unsatisfied
 * c5   kh-b   grid_patrol  kh-a        03-20         dispatched   never (due passed)            -
 * c6   kh-c   hotline      zuoxi       03-08         received     -            -             -
 * c7   kh-a   grid_patrol  kh-a        02-28 15:59   closed       (February in Beijing: not counted)
 * c8   -      grid_patrol  zuoxi       03-09         received     (no grid; zuoxi is no grid worker)
 *
 * 反馈 (reply) and 核查:
 * c1 reply 03-03 00:00, kh-a reject_reply 03-04 06:00 (30 h: late); reply 03-05 00:00, duban verify 01:00 (not the worker)
 * c3 reply 03-11 02:00, kh-a verify 03-11 10:00 (on time)
 * c4 reply 03-22 00:00, kh-b verify 03-23 00:00 (exactly 24 h: on time)
 * c7 reply 02-28 10:00 (before the month)
 * </pre>
 */
final class MarchGridsForTest {
    static final String MONTH = "2019-03";
    static final String ZHANGJIAWAN = "110112105";
    static final String SONGZHUANG = "110112104";
    private static final Instant OPENED = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant CLOSED = Instant.parse("2019-04-10T00:00:00Z");
    private static final Instant REASSIGNED = Instant.parse("2019-03-15T00:00:00Z");

    private final JdbcTemplate jdbc;

    MarchGridsForTest(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Writes the rows once per store. */
    synchronized void write() {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM responsibility_grid WHERE code = 'KH-ZJW-1'", Integer.class);
        if (present != null && present > 0) {
            return;
        }
        long g1 = grid("KH-ZJW-1", "考核测试网格一", ZHANGJIAWAN);
        long g2 = grid("KH-SZ-1", "考核测试网格二", SONGZHUANG);
        for (int i = 1; i <= 4; i++) {
            cell(g1, "KH" + i);
        }
        cell(g2, "KH5");
        cell(g2, "KH6");
        assign(g1, "kh-a", OPENED, REASSIGNED);
        assign(g1, "kh-b", REASSIGNED, CLOSED);
        assign(g2, "kh-c", OPENED, CLOSED);
        patrol("kh-a", ZHANGJIAWAN, "2019-02-20T01:00:00Z", "KH3");
        patrol("kh-a", ZHANGJIAWAN, "2019-03-05T01:00:00Z", "KH1", "KH2");
        patrol("kh-b", ZHANGJIAWAN, "2019-03-20T01:00:00Z", "KH2", "KH4");

        long c1 = kase("KH-C1", g1, "考核测试网格一", "kh-a", "grid_patrol", "kh-a", ZHANGJIAWAN, "2019-03-02T02:00:00Z", "closed",
                "2019-03-02T02:30:00Z", "2019-03-03T02:00:00Z", "satisfied");
        kase("KH-C2", g1, "考核测试网格一", "kh-a", "grid_patrol", "kh-a", ZHANGJIAWAN, "2019-03-05T02:00:00Z", "in_progress",
                "2019-03-05T06:00:00Z", null, null);
        long c3 = kase("KH-C3", g1, "考核测试网格一", "kh-a", "hotline_12345", "zuoxi", ZHANGJIAWAN, "2019-03-10T02:00:00Z",
                "verified", "2019-03-10T02:30:00Z", null, null);
        long c4 = kase("KH-C4", g1, "考核测试网格一", "kh-b", "grid_patrol", "kh-b", ZHANGJIAWAN, "2019-03-20T02:00:00Z", "closed",
                "2019-03-20T02:30:00Z", "2019-03-29T02:00:00Z", "unsatisfied");
        kase("KH-C5", g1, "考核测试网格一", "kh-b", "grid_patrol", "kh-a", ZHANGJIAWAN, "2019-03-20T03:00:00Z", "dispatched",
                null, null, null);
        kase("KH-C6", g2, "考核测试网格二", "kh-c", "hotline_12345", "zuoxi", SONGZHUANG, "2019-03-08T02:00:00Z", "received",
                null, null, null);
        long c7 = kase("KH-C7", g1, "考核测试网格一", "kh-a", "grid_patrol", "kh-a", ZHANGJIAWAN, "2019-02-28T15:59:00Z", "closed",
                "2019-02-28T15:59:30Z", "2019-03-01T02:00:00Z", "satisfied");
        kase("KH-C8", null, null, null, "grid_patrol", "zuoxi", ZHANGJIAWAN, "2019-03-09T02:00:00Z", "received", null, null, null);

        event(c1, "reply", "chengguan", "2019-03-03T00:00:00Z");
        event(c1, "reject_reply", "kh-a", "2019-03-04T06:00:00Z");
        event(c1, "reply", "chengguan", "2019-03-05T00:00:00Z");
        event(c1, "verify", "duban", "2019-03-05T01:00:00Z");
        event(c3, "reply", "chengguan", "2019-03-11T02:00:00Z");
        event(c3, "verify", "kh-a", "2019-03-11T10:00:00Z");
        event(c4, "reply", "chengguan", "2019-03-22T00:00:00Z");
        event(c4, "verify", "kh-b", "2019-03-23T00:00:00Z");
        event(c7, "reply", "chengguan", "2019-02-28T10:00:00Z");
        event(c7, "verify", "kh-a", "2019-02-28T11:00:00Z");
    }

    /**
     * A case of kh-a received two hours before {@code now} whose unit replied an hour before it: a
     * 核查 task still inside its 24 h, so pending. Written once per store.
     */
    synchronized void writePendingTask(Instant now) {
        Integer present = jdbc.queryForObject("SELECT COUNT(*) FROM city_case WHERE number = 'KH-P1'", Integer.class);
        if (present != null && present > 0) {
            return;
        }
        Long g1 = jdbc.queryForObject("SELECT id FROM responsibility_grid WHERE code = 'KH-ZJW-1'", Long.class);
        long id = kase("KH-P1", g1, "考核测试网格一", "kh-a", "hotline_12345", "zuoxi", ZHANGJIAWAN,
                now.minusSeconds(7200).toString(), "reported_done", now.minusSeconds(6600).toString(), null, null);
        event(id, "reply", "chengguan", now.minusSeconds(3600).toString());
    }

    private long grid(String code, String name, String township) {
        jdbc.update("INSERT INTO responsibility_grid (code, name, township_code, demo, created_by, created_at, updated_at) "
                + "VALUES (?, ?, ?, FALSE, 'test', ?, ?)", code, name, township, JdbcTimes.time(OPENED), JdbcTimes.time(OPENED));
        return jdbc.queryForObject("SELECT id FROM responsibility_grid WHERE code = ?", Long.class, code);
    }

    private void cell(long grid, String code) {
        jdbc.update("INSERT INTO responsibility_grid_cell (grid_id, cell_code, current_cell_code, valid_from, valid_to) "
                + "VALUES (?, ?, NULL, ?, ?)", grid, code, JdbcTimes.time(OPENED), JdbcTimes.time(CLOSED));
    }

    private void assign(long grid, String user, Instant from, Instant to) {
        jdbc.update("INSERT INTO responsibility_grid_worker (grid_id, username, leader, valid_from, valid_to, assigned_by, closed_by) "
                + "VALUES (?, ?, FALSE, ?, ?, 'test', 'test')", grid, user, JdbcTimes.time(from), JdbcTimes.time(to));
    }

    private void patrol(String worker, String scope, String at, String... cells) {
        Instant start = Instant.parse(at);
        jdbc.update("INSERT INTO patrol (worker, scope_code, source, started_at, ended_at, point_count) VALUES (?, ?, 'gpx', ?, ?, 2)",
                worker, scope, JdbcTimes.time(start), JdbcTimes.time(start.plusSeconds(3600)));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM patrol WHERE worker = ?", Long.class, worker);
        for (int i = 0; i < cells.length; i++) {
            jdbc.update("INSERT INTO patrol_cell (patrol_id, cell_code, first_passed_at) VALUES (?, ?, ?)", id, cells[i],
                    JdbcTimes.time(start.plusSeconds(60L * (i + 1))));
        }
    }

    /**
     * A case received at {@code received}: dispatched 10 min later with the response due 2 h after
     * dispatch (responded when {@code responded} is given), resolution due 7 d after receipt,
     * closed at {@code closed} when given.
     */
    private long kase(String number, Long grid, String gridName, String worker, String source, String createdBy, String township,
                      String received, String state, String responded, String closed, String satisfaction) {
        Instant at = Instant.parse(received);
        boolean dispatched = !state.equals("received");
        Instant dispatchedAt = dispatched ? at.plusSeconds(600) : null;
        jdbc.update("INSERT INTO city_case (number, source, category_code, description, urgency, state, lon, lat, geom, "
                        + "location_text, district_code, township_code, township_name, reporter_name, satisfaction, received_at, "
                        + "registered_at, dispatched_at, responded_at, closed_at, dispatch_due_at, response_due_at, resolve_due_at, "
                        + "created_by, updated_at, responsibility_grid_id, responsibility_grid_name, grid_worker, grid_worker_name) "
                        + "VALUES (?, ?, 'B0101', '考核测试案件', 'normal', ?, 116.7, 39.8, ST_GeomFromText('POINT(116.7 39.8)', 4326), "
                        + "'考核测试', '110112', ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                number, source, state, township, satisfaction, JdbcTimes.time(at),
                JdbcTimes.time(dispatched ? at.plusSeconds(300) : null), JdbcTimes.time(dispatchedAt),
                responded == null ? null : JdbcTimes.time(Instant.parse(responded)),
                closed == null ? null : JdbcTimes.time(Instant.parse(closed)), JdbcTimes.time(at.plusSeconds(300)),
                JdbcTimes.time(dispatched ? dispatchedAt.plusSeconds(7200) : null), JdbcTimes.time(at.plusSeconds(7 * 86400)),
                createdBy, JdbcTimes.time(at), grid, gridName, worker, worker == null ? null : worker + "（测试）");
        return jdbc.queryForObject("SELECT id FROM city_case WHERE number = ?", Long.class, number);
    }

    private void event(long caseId, String action, String actor, String at) {
        jdbc.update("INSERT INTO case_event (case_id, action, from_state, to_state, actor, at) VALUES (?, ?, 'reported_done', "
                + "'verified', ?, ?)", caseId, action, actor, JdbcTimes.time(Instant.parse(at)));
    }
}
