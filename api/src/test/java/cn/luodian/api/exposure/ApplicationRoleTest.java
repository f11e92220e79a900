package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.PostgisForTest;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * PostGIS with two roles, as README's "Running on PostGIS" sets them up: the owner runs the
 * migrations (spring.flyway.user) and owns every table, trigger and function; the server connects as
 * the application role. The server works as usual under it (demo loading, a case registered and
 * dispatched, a period composed and published), while the application role cannot change a published
 * period, change or remove audit entries, or disable, drop or get round the triggers that guard them:
 * each is a permission error (SQLSTATE 42501). An install that used one role moves over by handing the
 * objects to the owner (REASSIGN OWNED) and restarting with the owner for Flyway.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ApplicationRoleTest {
    private static final String PERMISSION_DENIED = "42501";

    @TempDir
    Path dataDir;

    private static void superuser(String url, String... statements) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static String role(String url, String suffix) {
        return url.substring(url.lastIndexOf('/') + 1) + "_" + suffix;
    }

    private ConfigurableApplicationContext start(String url, String appRole, String ownerRole) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--luodian.data-dir=" + dataDir,
                "--luodian.demo-sample-cases=150", "--spring.profiles.active=postgis", "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + appRole, "--spring.datasource.password=app-secret"));
        if (ownerRole != null) {
            args.addAll(List.of("--spring.flyway.user=" + ownerRole, "--spring.flyway.password=owner-secret"));
        }
        return SpringApplication.run(LuodianApplication.class, args.toArray(String[]::new));
    }

    private static ExposureHttpForTest http(ConfigurableApplicationContext app) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return new ExposureHttpForTest(RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build());
    }

    @Test
    void theApplicationRoleRunsTheServerButCannotChangeWhatIsPublishedOrAudited() throws SQLException {
        String probe = PostgisForTest.get().url("postgres");
        String url = PostgisForTest.get().createDatabase();
        String owner = role(url, "owner");
        String app = role(url, "app");
        superuser(probe, "CREATE ROLE " + owner + " LOGIN", "CREATE ROLE " + app + " LOGIN");
        String name = url.substring(url.lastIndexOf('/') + 1);
        superuser(probe, "ALTER DATABASE " + name + " OWNER TO " + owner);
        superuser(url, "CREATE EXTENSION postgis");

        try (ConfigurableApplicationContext server = start(url, app, owner)) {
            ExposureHttpForTest api = http(server);
            long published = serverWorks(api);
            assertTablesBelongTo(url, owner);
            assertApplicationRoleIsRefused(url, app, published);
        }
    }

    @Test
    void aSingleRoleInstallMovesOverToTwoRoles() throws SQLException {
        String probe = PostgisForTest.get().url("postgres");
        String url = PostgisForTest.get().createDatabase();
        String owner = role(url, "owner");
        String app = role(url, "app");
        // Before: one role, owning the database and everything the migrations made (README's former setup).
        superuser(probe, "CREATE ROLE " + app + " LOGIN");
        String name = url.substring(url.lastIndexOf('/') + 1);
        superuser(probe, "ALTER DATABASE " + name + " OWNER TO " + app);
        superuser(url, "CREATE EXTENSION postgis");
        try (ConfigurableApplicationContext server = start(url, app, null)) {
            serverWorks(http(server));
        }
        assertTablesBelongTo(url, app);

        // The move, as README gives it: a new owner takes over what the application role owned.
        superuser(probe, "CREATE ROLE " + owner + " LOGIN");
        superuser(url, "REASSIGN OWNED BY " + app + " TO " + owner);

        try (ConfigurableApplicationContext server = start(url, app, owner)) {
            long published = serverWorks(http(server));
            assertTablesBelongTo(url, owner);
            assertApplicationRoleIsRefused(url, app, published);
        }
    }

    /** A case registered and dispatched, a period composed from it and published: the id of the published period. */
    private static long serverWorks(ExposureHttpForTest api) {
        // The demo was loaded (a published period among it) under whichever role the server uses.
        expect(api.get(null, "/api/v1/exposure/published/tongzhou/192"), 200);
        long caseId = api.openCase(ExposureApiTest.LON, ExposureApiTest.LAT + 0.002, true);
        assertThat(expect(api.get("zuoxi", "/api/v1/cases/{id}", caseId), 200).get("state")).isEqualTo("dispatched");
        Map draft = expect(api.post("duban", "/api/v1/exposure/publishers/tongzhou/periods", Map.of()), 201);
        Object id = draft.get("id");
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", caseId), id), 201);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), id), 200);
        Map published = expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"),
                id), 200);
        int number = ((Number) published.get("number")).intValue();
        assertThat(api.getText(null, "/exposure/tongzhou/" + number).getStatusCode().value()).isEqualTo(200);
        assertThat(api.getBytes(null, "/exposure/tongzhou/" + number + ".csv").getStatusCode().value()).isEqualTo(200);
        return ((Number) id).longValue();
    }

    private static void assertTablesBelongTo(String url, String owner) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, "postgres", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT DISTINCT tableowner FROM pg_tables"
                     + " WHERE schemaname = 'public' AND tablename <> 'spatial_ref_sys'")) {
            List<String> owners = new ArrayList<>();
            while (rs.next()) {
                owners.add(rs.getString(1));
            }
            assertThat(owners).containsExactly(owner);
        }
    }

    private static void assertApplicationRoleIsRefused(String url, String app, long publishedId) throws SQLException {
        refused(url, app, "UPDATE exposure_period SET snapshot = replace(snapshot, '\"title\"', '\"title\"'),"
                + " title = '篡改' WHERE id = " + publishedId);
        refused(url, app, "UPDATE exposure_period SET state = 'draft' WHERE id = " + publishedId);
        refused(url, app, "DELETE FROM exposure_period WHERE id = " + publishedId);
        refused(url, app, "TRUNCATE exposure_period CASCADE");
        refused(url, app, "UPDATE audit_log SET actor = 'someone-else'");
        refused(url, app, "DELETE FROM audit_log");
        refused(url, app, "TRUNCATE audit_log");
        refused(url, app, "ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update_or_delete");
        refused(url, app, "ALTER TABLE audit_log DISABLE TRIGGER ALL");
        refused(url, app, "ALTER TABLE exposure_period DISABLE TRIGGER exposure_period_published_frozen");
        refused(url, app, "DROP TRIGGER exposure_period_published_frozen ON exposure_period");
        refused(url, app, "CREATE OR REPLACE FUNCTION exposure_period_published_frozen() RETURNS trigger"
                + " LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END; $$");
        refused(url, app, "ALTER TABLE audit_log OWNER TO " + app);
        refused(url, app, "DROP TABLE audit_log");
        refused(url, app, "SET session_replication_role = replica");
        refused(url, app, "UPDATE flyway_schema_history SET checksum = 0");
        refused(url, app, "CREATE TABLE audit_log_copy (id BIGINT)");
        // A component's history is append-only too; the components themselves are the server's to change.
        refused(url, app, "UPDATE component_change SET changed_by = 'someone-else'");
        refused(url, app, "DELETE FROM component_change");
        // What the server does stays allowed: reading, appending to the audit log, a draft's changes.
        try (Connection c = DriverManager.getConnection(url, app, ""); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO audit_log (at, actor, action, entity_type, entity_id, detail)"
                    + " VALUES (CURRENT_TIMESTAMP, 'test', 'test.append', 'test', '1', '{}')");
            s.executeUpdate("INSERT INTO component_change (component_id, component_code, changed_at, changed_by, kind, note)"
                    + " VALUES (1, '1101120101000001', CURRENT_TIMESTAMP, 'test', 'removed', '')");
            s.executeUpdate("DELETE FROM component WHERE code = '1101120101000001'");
            try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM exposure_period WHERE state = 'published'")) {
                rs.next();
                assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
            }
        }
    }

    /** The statement, run as {@code role}, fails with a permission error and changes nothing. */
    private static void refused(String url, String role, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, role, ""); Statement s = c.createStatement()) {
            s.execute(sql);
            fail("allowed to " + role + ": " + sql);
        } catch (SQLException e) {
            assertThat(e.getSQLState()).as(sql + " → " + e.getMessage()).isEqualTo(PERMISSION_DENIED);
        }
    }
}
