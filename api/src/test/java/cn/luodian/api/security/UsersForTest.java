package cn.luodian.api.security;

import java.util.Locale;
import org.springframework.jdbc.core.JdbcTemplate;

/** One signed-in user per role for API tests: username test.{role in lower case}, password {@link #password}. */
final class UsersForTest {
    static final String UNIT_CODE = "TEST-UNIT";

    private UsersForTest() {
    }

    static String username(Role role) {
        return "test." + role.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String password(Role role) {
        // Not containing the username (PasswordRule).
        return "pw-" + role.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-7319";
    }

    /** The scope each test user gets: the district, or 漷县镇 for township staff. */
    static String scope(Role role) {
        return switch (role) {
            case ADMIN -> "";
            case TOWNSHIP_STAFF -> "110112106";
            default -> "110112";
        };
    }

    /** Creates the users that are missing (and the unit the unit user belongs to). */
    static void createAll(UserAccounts accounts, JdbcTemplate jdbc) {
        for (Role role : Role.values()) {
            if (accounts.find(username(role)).isEmpty()) {
                Long unit = role == Role.RESPONSIBLE_UNIT ? unitId(jdbc) : null;
                accounts.create(Actor.system("test"), new NewUser(username(role), password(role), role.name(),
                        null, scope(role), unit));
            }
        }
    }

    static long unitId(JdbcTemplate jdbc) {
        if (jdbc.queryForList("SELECT id FROM responsible_unit WHERE code = ?", Long.class, UNIT_CODE).isEmpty()) {
            jdbc.update("INSERT INTO responsible_unit (code, name) VALUES (?, ?)", UNIT_CODE, "测试责任单位");
        }
        return jdbc.queryForObject("SELECT id FROM responsible_unit WHERE code = ?", Long.class, UNIT_CODE);
    }
}
