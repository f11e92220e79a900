package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.dao.DataAccessException;

/** The audit log on H2GIS and PostGIS: reads back what was recorded, joins the caller's transaction, never changes. */
class AuditLogTest {
    private static final Instant NOW = Instant.parse("2026-11-22T08:30:00Z");
    private static final Actor ZUOXI = new Actor("zuoxi", Role.DISPATCHER, "110112", null);

    @TempDir
    Path tempDir;

    private StoreForTest store;
    private AuditLog audit;

    private void open(Database database) {
        store = StoreForTest.create(database, tempDir);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("clock", Clock.fixed(NOW, ZoneOffset.UTC)));
        audit = new AuditLog(new AuditLogStore(store.jdbc()), beans.getBeanProvider(Clock.class));
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void readsBackWhatWasRecordedInOrder(Database database) {
        open(database);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("from", "registered");
        detail.put("to", "dispatched");
        detail.put("unitId", 7);
        detail.put("note", "派往区城管执法局");
        audit.record(ZUOXI, "case.dispatch", "case", "42", detail);
        audit.record(ZUOXI, "case.note", "case", "42", null);
        audit.record(ZUOXI, "case.dispatch", "case", "43", Map.of());

        List<AuditEntry> entries = audit.list("case", "42");
        assertThat(entries).extracting(AuditEntry::action).containsExactly("case.dispatch", "case.note");
        AuditEntry first = entries.get(0);
        assertThat(first.at()).isEqualTo(NOW);
        assertThat(first.actor()).isEqualTo("zuoxi");
        assertThat(first.entityType()).isEqualTo("case");
        assertThat(first.entityId()).isEqualTo("42");
        assertThat(first.detailJson()).isEqualTo("{\"from\":\"registered\",\"to\":\"dispatched\",\"unitId\":7,\"note\":\"派往区城管执法局\"}");
        assertThat(entries.get(1).detailJson()).isEqualTo("{}");
        assertThat(entries.get(1).id()).isGreaterThan(first.id());
        assertThat(audit.list("case", "44")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void isWrittenInTheCallersTransaction(Database database) {
        open(database);
        assertThatThrownBy(() -> store.transactions().executeWithoutResult(status -> {
            audit.record(ZUOXI, "case.create", "case", "1", Map.of());
            throw new IllegalStateException("the case could not be stored");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(audit.list("case", "1")).isEmpty();

        store.transactions().executeWithoutResult(status -> audit.record(ZUOXI, "case.create", "case", "1", Map.of()));
        assertThat(audit.list("case", "1")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theDatabaseRefusesToChangeOrRemoveEntries(Database database) {
        open(database);
        audit.record(ZUOXI, "case.create", "case", "1", Map.of("category", "暴露垃圾"));
        assertThatThrownBy(() -> store.jdbc().update("UPDATE audit_log SET actor = 'someone-else'"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> store.jdbc().update("DELETE FROM audit_log"))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        if (database == Database.POSTGIS) {
            assertThatThrownBy(() -> store.jdbc().execute("TRUNCATE audit_log"))
                    .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        }
        assertThat(audit.list("case", "1")).singleElement().extracting(AuditEntry::actor).isEqualTo("zuoxi");
    }
}
