package cn.luodian.api.storage;

import org.springframework.jdbc.core.JdbcTemplate;

/** Empties the case tables (and what refers to them) so a test starts from no cases at all. */
public final class CaseRowsForTest {

    private CaseRowsForTest() {
    }

    public static void deleteAll(JdbcTemplate jdbc) {
        // The demo's sample exposure list (示例) and its photos refer to the sample cases.
        jdbc.update("DELETE FROM unplaced_candidate");
        jdbc.update("DELETE FROM unplaced_report");
        jdbc.update("DELETE FROM exposure_follow_up");
        jdbc.update("DELETE FROM exposure_entry");
        jdbc.update("DELETE FROM case_photo");
        jdbc.update("DELETE FROM supervision");
        jdbc.update("DELETE FROM case_event");
        jdbc.update("DELETE FROM city_case");
        jdbc.update("DELETE FROM case_number");
    }
}
