package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The app_user changes the administrator makes, on H2GIS and PostGIS. */
class UserAdminStoreTest {
    private static final Instant CREATED = Instant.parse("2026-12-01T08:00:00Z");

    @TempDir
    Path tempDir;

    @ParameterizedTest
    @EnumSource(Database.class)
    void changesRoleEnabledAndPasswordAndLocksTheEnabledAdmins(Database database) {
        StoreForTest test = StoreForTest.create(database, tempDir);
        UserStore store = new UserStore(test.jdbc());
        store.insert("admin", "{bcrypt}a", Role.ADMIN, "管理员", "", null, CREATED);
        store.insert("admin2", "{bcrypt}b", Role.ADMIN, "管理员二", "", null, CREATED);
        store.insert("zuoxi", "{bcrypt}c", Role.DISPATCHER, "坐席", "110112", null, CREATED);

        test.transactions().executeWithoutResult(s -> assertThat(store.lockEnabledAdmins()).containsExactly("admin", "admin2"));
        store.setEnabled("admin2", false);
        assertThat(store.findByUsername("admin2").orElseThrow().enabled()).isFalse();
        test.transactions().executeWithoutResult(s -> assertThat(store.lockEnabledAdmins()).containsExactly("admin"));
        store.setEnabled("admin2", true);

        store.update("zuoxi", Role.SUPERVISOR, "督办", "110112106", null);
        assertThat(store.findByUsername("zuoxi").orElseThrow().actor())
                .isEqualTo(new Actor("zuoxi", Role.SUPERVISOR, "110112106", null));
        assertThat(store.findByUsername("zuoxi").orElseThrow().displayName()).isEqualTo("督办");
        store.setPasswordHash("zuoxi", "{bcrypt}d");
        assertThat(store.findByUsername("zuoxi").orElseThrow().passwordHash()).isEqualTo("{bcrypt}d");
        assertThat(store.findByUsername("admin").orElseThrow().passwordHash()).isEqualTo("{bcrypt}a");
    }
}
