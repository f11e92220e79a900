package cn.luodian.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoRegionLoaded;
import cn.luodian.api.dispatch.DispatchRepository;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.layers.DivisionCodeReader;
import cn.luodian.api.layers.JdbcLayerStore;
import cn.luodian.api.layers.LayerReader;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.AuditEntry;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.AuditLogStore;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.security.UserStore;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WriteMode;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The demo users on H2GIS and PostGIS: made with the demo, disabled when no demo data is left. */
class DemoUsersTest {
    @TempDir
    Path tempDir;

    private StoreForTest store;
    private UserAccounts accounts;
    private JdbcLayerStore layers;
    private DemoUsers demoUsers;
    private AuditLog audit;
    private final PasswordEncoder passwords = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    private void open(Database database) {
        store = StoreForTest.create(database, tempDir);
        var clock = new StaticListableBeanFactory().getBeanProvider(Clock.class);
        audit = new AuditLog(new AuditLogStore(store.jdbc()), clock);
        accounts = new UserAccounts(new UserStore(store.jdbc()), audit, passwords, store.transactions(), clock,
                new cn.luodian.api.security.SessionRevocations());
        layers = new JdbcLayerStore(store.jdbc(), store.transactions());
        demoUsers = new DemoUsers(accounts, new ResponsibleUnits(new DispatchRepository(store.jdbc())),
                new ReferenceLayers(layers, new LayerReader(store.jdbc()), new DivisionCodeReader(store.jdbc())));
    }

    private void writeRoad(Origin origin) throws Exception {
        Geometry line = new WKTReader().read("LINESTRING (116.75 39.75, 116.76 39.75)");
        line.setSRID(4326);
        layers.write(LayerBatch.builder().add(new Road("长凌营环路", RoadClass.RESIDENTIAL, "", line)).build(),
                WriteMode.REPLACE, origin, "test");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void oneUserPerRoleWithTheDemoUnit(Database database) {
        open(database);
        demoUsers.create(new DemoRegionLoaded());
        demoUsers.create(new DemoRegionLoaded());

        long unit = store.jdbc().queryForObject("SELECT id FROM responsible_unit WHERE code = 'TZ-CGZF'", Long.class);
        assertThat(store.jdbc().queryForObject("SELECT name FROM responsible_unit WHERE id = ?", String.class, unit))
                .isEqualTo("通州区城市管理综合行政执法局");
        for (DemoUsers.Demo demo : DemoUsers.USERS) {
            UserRecord user = accounts.find(demo.username()).orElseThrow();
            assertThat(user.role()).isEqualTo(demo.role());
            assertThat(user.scopeCode()).isEqualTo(demo.scopeCode());
            assertThat(user.unitId()).isEqualTo(demo.unit() ? unit : null);
            assertThat(accounts.hasPassword(user, demo.username() + "-demo")).isTrue();
            assertThat(audit.list("user", demo.username())).singleElement()
                    .satisfies(entry -> assertThat(entry.actor()).isEqualTo("luodian-demo"));
        }
        assertThat(accounts.listAll()).hasSize(DemoUsers.USERS.size());
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void disabledOnceImportsHaveReplacedTheDemo(Database database) throws Exception {
        open(database);
        writeRoad(Origin.DEMO);
        demoUsers.create(new DemoRegionLoaded());
        store.jdbc().update("UPDATE app_user SET password_hash = ? WHERE username = 'duban'",
                passwords.encode("a-private-password"));

        demoUsers.disableWhenTheDemoIsGone();
        assertThat(accounts.listAll()).allMatch(UserRecord::enabled);

        writeRoad(Origin.IMPORT);
        demoUsers.disableWhenTheDemoIsGone();
        assertThat(accounts.listAll()).filteredOn(UserRecord::enabled).extracting(UserRecord::username)
                .containsExactly("duban");
        assertThat(audit.list("user", "zuoxi")).extracting(AuditEntry::action).containsExactly("user.create", "user.disable");
    }
}
