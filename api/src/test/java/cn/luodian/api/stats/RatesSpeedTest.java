package cn.luodian.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.categories.CategoryRepository;
import cn.luodian.api.dispatch.DispatchRepository;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.function.Supplier;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How long the rates take over 1,000,000 cases spread over 2026 (about 83,000 a month) in 22
 * townships, on each store. Opt-in, it takes minutes:
 * {@code ./mvnw -B -pl api -am test -Dtest=RatesSpeedTest -Dsurefire.failIfNoSpecifiedTests=false -Dluodian.speed=true}.
 * Prints the median of five runs per query, after three to warm up.
 */
@EnabledIfSystemProperty(named = "luodian.speed", matches = "true")
class RatesSpeedTest {
    static final int CASES = 1_000_000;
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void ratesOverAMillionCases(Database database) {
        StoreForTest store = StoreForTest.create(database, tempDir);
        JdbcTemplate jdbc = store.jdbc();
        new CategoryRepository(jdbc).seedMissing();
        long start = System.nanoTime();
        fill(jdbc, database);
        System.out.printf("%s: %d cases written in %d s%n", database, CASES, (System.nanoTime() - start) / 1_000_000_000);
        if (database == Database.POSTGIS) {
            jdbc.execute("ANALYZE city_case");
        }
        RateCounter counter = new RateCounter(jdbc);
        Period month = Period.ofMonth(YearMonth.of(2026, 11), BEIJING);
        Period year = new Period(Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2027-01-01T00:00:00Z"), null, BEIJING);
        Instant asOf = Instant.parse("2027-01-01T00:00:00Z");

        RatesService service = new RatesService(counter, new CategoryRepository(jdbc), new DispatchRepository(jdbc),
                Clock.fixed(asOf, BEIJING));
        Actor centre = new Actor("centre", Role.PLANNER, "110112", null);
        Actor huoxian = new Actor("huoxian", Role.TOWNSHIP_STAFF, "110112106", null);
        Actor unit = new Actor("unit", Role.RESPONSIBLE_UNIT, "110112", 7L);

        RatesReport byTownship = time(database + " month by township", () -> service.rates(GroupBy.TOWNSHIP, month, null, centre));
        assertThat(byTownship.total().cases()).isBetween(80_000L, 86_000L);
        time(database + " month by 小类", () -> service.rates(GroupBy.SUBCATEGORY, month, null, centre));
        time(database + " month by unit", () -> service.rates(GroupBy.UNIT, month, null, centre));
        time(database + " month by township, 大类 B01", () -> service.rates(GroupBy.TOWNSHIP, month, "B01", centre));
        time(database + " month, township staff", () -> service.rates(GroupBy.OVERALL, month, null, huoxian));
        time(database + " month, one unit", () -> service.rates(GroupBy.OVERALL, month, null, unit));
        time(database + " month, ranking", () -> new RankingService(counter, new StatsSettings(StatsSettings.Weights.EQUAL),
                Clock.fixed(asOf, BEIJING)).ranking(YearMonth.of(2026, 11), BEIJING, centre));
        RatesReport wholeYear = time(database + " year by township", () -> service.rates(GroupBy.TOWNSHIP, year, null, centre));
        assertThat(wholeYear.total().cases()).isEqualTo(CASES);
    }

    private static <T> T time(String label, Supplier<T> query) {
        T result = null;
        for (int i = 0; i < 3; i++) {
            result = query.get(); // warm-up: JIT and the database's cache
        }
        long[] millis = new long[5];
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            result = query.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        System.out.printf("%-40s median %5d ms (min %d, max %d)%n", label, millis[2], millis[0], millis[4]);
        return result;
    }

    /** Cases every 31.5 s through 2026, townships, categories, units and states in rotation. */
    static void fill(JdbcTemplate jdbc, Database database) {
        // The rates never read the geometry; a million identical points would only make the R-tree slow to fill.
        jdbc.execute("DROP INDEX city_case_geom");
        for (int u = 1; u <= 22; u++) {
            jdbc.update("INSERT INTO responsible_unit (id, code, name, township_code) VALUES (?, ?, ?, NULL)", u, "U" + u, "单位" + u);
        }
        String series = database == Database.H2GIS ? "SYSTEM_RANGE(1, " + CASES + ") AS s(x)"
                : "generate_series(1, " + CASES + ") AS s(x)";
        String received = "(TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00' + (x * 31.5) * INTERVAL '1' SECOND)";
        String state = "CASE MOD(x, 10) WHEN 0 THEN 'received' WHEN 1 THEN 'registered' WHEN 2 THEN 'dispatched' "
                + "WHEN 3 THEN 'in_progress' WHEN 4 THEN 'reported_done' WHEN 5 THEN 'verified' WHEN 6 THEN 'closed' "
                + "WHEN 7 THEN 'closed' WHEN 8 THEN 'rejected' ELSE 'returned' END";
        String dispatched = "CASE WHEN MOD(x, 10) BETWEEN 2 AND 7 OR MOD(x, 10) = 9 THEN r + INTERVAL '3' MINUTE END";
        jdbc.update("INSERT INTO city_case (number, source, category_code, description, urgency, state, lon, lat, geom, "
                + "location_text, district_code, township_code, township_name, village_code, unit_id, satisfaction, received_at, "
                + "registered_at, dispatched_at, responded_at, closed_at, dispatch_due_at, response_due_at, resolve_due_at, "
                + "created_by, updated_at) "
                + "SELECT CONCAT('P', x), 'staff', CASE MOD(x, 4) WHEN 0 THEN 'B0101' WHEN 1 THEN 'B0112' WHEN 2 THEN 'S0401' "
                + "ELSE 'RX0101' END, 'x', 'normal', st, 116.7, 39.8, ST_GeomFromText('POINT (116.7 39.8)', 4326), 'x', "
                + "'110112', tc, 'x', CONCAT(tc, '200'), CASE WHEN d IS NULL THEN NULL ELSE MOD(x, 22) + 1 END, "
                + "CASE WHEN MOD(x, 10) IN (5, 6, 7) THEN CASE WHEN MOD(x, 3) = 0 THEN 'unsatisfied' ELSE 'satisfied' END END, "
                + "r, CASE WHEN st <> 'received' AND st <> 'rejected' THEN r END, d, "
                + "CASE WHEN MOD(x, 10) >= 3 AND d IS NOT NULL THEN d + MOD(x, 7) * INTERVAL '30' MINUTE END, "
                + "CASE WHEN st = 'closed' THEN r + MOD(x, 9) * INTERVAL '1' DAY END, r + INTERVAL '5' MINUTE, "
                + "d + INTERVAL '2' HOUR, r + INTERVAL '7' DAY, 'speed', r "
                + "FROM (SELECT x, r, st, tc, " + dispatched + " AS d FROM (SELECT x, " + received + " AS r, " + state + " AS st, "
                + "CONCAT('110112', CAST(100 + MOD(x, 22) AS VARCHAR(3))) AS tc FROM " + series + ") a) b");
    }
}
