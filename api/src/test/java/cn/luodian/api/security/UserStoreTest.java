package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DuplicateKeyException;

/** The app_user table on H2GIS and PostGIS. */
class UserStoreTest {
    private static final Instant CREATED = Instant.parse("2026-11-22T08:30:00Z");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void storesAndFindsUsers(Database database) {
        StoreForTest test = StoreForTest.create(database, tempDir);
        UserStore store = new UserStore(test.jdbc());
        test.jdbc().update("INSERT INTO responsible_unit (code, name) VALUES ('TZ-CGZF', '通州区城市管理综合行政执法局')");
        long unit = test.jdbc().queryForObject("SELECT id FROM responsible_unit WHERE code = 'TZ-CGZF'", Long.class);

        store.insert("huoxian", "{bcrypt}hash-1", Role.TOWNSHIP_STAFF, "漷县镇", "110112106", null, CREATED);
        store.insert("chengguan", "{bcrypt}hash-2", Role.RESPONSIBLE_UNIT, "城管", "110112", unit, CREATED);

        UserRecord huoxian = store.findByUsername("huoxian").orElseThrow();
        assertThat(huoxian.role()).isEqualTo(Role.TOWNSHIP_STAFF);
        assertThat(huoxian.unitId()).isNull();
        assertThat(huoxian.enabled()).isTrue();
        assertThat(huoxian.createdAt()).isEqualTo(CREATED);
        assertThat(huoxian.actor()).isEqualTo(new Actor("huoxian", Role.TOWNSHIP_STAFF, "110112106", null));
        assertThat(store.findByUsername("chengguan").orElseThrow().unitId()).isEqualTo(unit);
        assertThat(store.listAll()).extracting(UserRecord::username).containsExactly("chengguan", "huoxian");
        assertThat(store.exists("huoxian")).isTrue();
        assertThat(store.findByUsername("HUOXIAN")).isEmpty();
        assertThat(store.unitExists(unit)).isTrue();
        assertThat(store.unitExists(unit + 1)).isFalse();
        assertThatThrownBy(() -> store.insert("huoxian", "x", Role.PLANNER, "x", "", null, CREATED))
                .isInstanceOf(DuplicateKeyException.class);
    }
}
