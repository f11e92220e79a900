package cn.luodian.api.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The unit and rule storage the administrator's screens write, on H2GIS and PostGIS, and the
 * dispatcher passing over a disabled unit (its rules, and as a township's home unit).
 */
class DispatchStoreTest {
    private static final String HUOXIAN = "110112106";

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void unitsAreEditedAndDisabledAndRulesChangedAndRemoved(Database database) {
        StoreForTest test = StoreForTest.create(database, tempDir);
        DispatchRepository rows = new DispatchRepository(test.jdbc());
        Dispatcher dispatcher = new Dispatcher(rows);
        long home = rows.insertUnit("TZ-HX", "漷县镇综合执法队", HUOXIAN);
        long water = rows.insertUnit("TZ-SW", "区水务局", null, "010-1");
        long backup = rows.insertUnit("TZ-SW2", "区水务局二队", null, "");
        assertThat(rows.findUnit(water).orElseThrow()).isEqualTo(new ResponsibleUnit(water, "TZ-SW", "区水务局", null, "010-1", true));

        rows.updateUnit(water, "区水务局（改）", null, "010-2");
        assertThat(rows.findUnit(water).orElseThrow().name()).isEqualTo("区水务局（改）");
        assertThat(rows.findUnit(water).orElseThrow().contact()).isEqualTo("010-2");

        long general = rows.insertRule("S04", "", backup, 0);
        long specific = rows.insertRule("S0401", HUOXIAN, water, 0);
        assertThat(dispatcher.explain("S0401", HUOXIAN + "001", HUOXIAN).orElseThrow())
                .extracting(c -> c.unit().id(), c -> c.rule().id()).containsExactly(water, specific);

        // A disabled unit: its rule is passed over for the next one; as home unit it is skipped.
        test.transactions().executeWithoutResult(s -> assertThat(rows.lockUnit(water)).isPresent());
        rows.setUnitEnabled(water, false);
        assertThat(rows.findUnit(water).orElseThrow().enabled()).isFalse();
        assertThat(dispatcher.explain("S0401", HUOXIAN + "001", HUOXIAN).orElseThrow())
                .extracting(c -> c.unit().id(), c -> c.rule().id()).containsExactly(backup, general);
        assertThat(new ResponsibleUnits(rows).listEnabledUnits()).extracting(ResponsibleUnit::id).doesNotContain(water);
        assertThat(dispatcher.chooseUnit("B01", HUOXIAN, HUOXIAN)).map(ResponsibleUnit::id).contains(home);
        rows.setUnitEnabled(home, false);
        assertThat(rows.findHomeUnit(HUOXIAN)).isEmpty();
        assertThat(dispatcher.chooseUnit("B01", HUOXIAN, HUOXIAN)).isEmpty();

        rows.updateRule(general, "S04", HUOXIAN, water, 3);
        assertThat(rows.findRule(general).orElseThrow()).isEqualTo(new DispatchRule(general, "S04", HUOXIAN, water, 3));
        rows.deleteRule(general);
        assertThat(rows.findRule(general)).isEmpty();
        assertThat(rows.listRules()).extracting(DispatchRule::id).containsExactly(specific);
    }
}
