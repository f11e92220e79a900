package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.dao.DataAccessException;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A published period's snapshot changed in the database behind the application's back (by whoever
 * can get past the trigger of V44: the database's owner on PostGIS, anyone with the application's
 * connection on H2GIS) is never served: the public page answers a Chinese page with 409, the PDF,
 * CSV, GeoJSON and published API a Chinese problem+json 409, the index and the feed leave its text
 * out, and one audit entry records it. The database itself refuses the plain UPDATE.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class TamperedSnapshotTest {
    private static final String CODE = "test-tamper";
    private static final String TAMPERED_TITLE = "篡改后的标题";

    @ParameterizedTest
    @EnumSource(Database.class)
    void aSnapshotChangedAfterPublicationIsRefusedOnEveryPublicPage(Database database) {
        ExposureHttpForTest api = new ExposureHttpForTest(DemoServerForTest.http(database));
        JdbcTemplate jdbc = DemoServerForTest.bean(database, JdbcTemplate.class);
        expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", CODE, "name", "篡改测试发布单位",
                "titleLine", "挂账督办", "cadence", "weekly", "firstNumber", 1, "photoRequired", true)), 201);
        long caseId = api.openCase(ExposureApiTest.LON, ExposureApiTest.LAT + 0.003, true);
        Object periodId = expect(api.post("duban", "/api/v1/exposure/publishers/{code}/periods", Map.of(), CODE), 201).get("id");
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", caseId), periodId), 201);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), periodId), 200);
        Map published = expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"),
                periodId), 200);
        String hash = (String) published.get("contentHash");
        String title = (String) published.get("title");
        assertThat(api.getText(null, "/exposure/" + CODE + "/1").getStatusCode().value()).isEqualTo(200);
        assertThat(api.getBytes(null, "/exposure/" + CODE + "/1.pdf").getStatusCode().value()).isEqualTo(200);
        assertThat(api.getBytes(null, "/exposure/" + CODE + "/1.csv").getStatusCode().value()).isEqualTo(200);
        List<Map> staffEntries = ofPublisher(expect(api.get("duban", "/api/v1/exposure/entries"), 200));
        assertThat(staffEntries).hasSize(1);
        Object entryId = staffEntries.get(0).get("id");
        expect(api.get("duban", "/api/v1/exposure/entries/{id}/follow-ups", entryId), 200);

        // The plain UPDATE is refused by the database on both stores.
        assertThatThrownBy(() -> jdbc.update("UPDATE exposure_period SET title = ? WHERE id = ?", TAMPERED_TITLE,
                ((Number) periodId).longValue())).isInstanceOf(DataAccessException.class)
                .hasStackTraceContaining("published period cannot be changed");

        String snapshot = jdbc.queryForObject("SELECT snapshot FROM exposure_period WHERE id = ?", String.class,
                ((Number) periodId).longValue());
        String tampered = snapshot.replace("\"title\":\"" + title + "\"", "\"title\":\"" + TAMPERED_TITLE + "\"");
        assertThat(tampered).isNotEqualTo(snapshot);
        // Still canonical: only the hash tells it from a published snapshot.
        assertThat(Snapshots.canonicalJson(Snapshots.read(tampered))).isEqualTo(tampered);
        writeSnapshotPastTheTrigger(database, jdbc, ((Number) periodId).longValue(), tampered);
        try {
            ResponseEntity<String> page = api.getText(null, "/exposure/" + CODE + "/1");
            assertThat(page.getStatusCode().value()).isEqualTo(409);
            assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
            assertThat(page.getBody()).contains("内容校验未通过").contains("已暂停公开").contains("篡改测试发布单位第1期")
                    .contains(hash).doesNotContain(TAMPERED_TITLE);

            for (String path : new String[] {".csv", ".pdf", ".geojson"}) {
                ResponseEntity<byte[]> refused = api.getBytes(null, "/exposure/" + CODE + "/1" + path);
                String body = new String(refused.getBody(), StandardCharsets.UTF_8);
                assertThat(refused.getStatusCode().value()).as(path).isEqualTo(409);
                assertThat(refused.getHeaders().getContentType().toString()).as(path)
                        .startsWith("application/problem+json");
                assertThat(body).as(path).contains("内容校验未通过").contains("SHA-256 校验值不一致").contains(hash)
                        .doesNotContain(TAMPERED_TITLE);
            }
            Map problem = expect(api.get(null, "/api/v1/exposure/published/{code}/1", CODE), 409);
            assertThat(problem.get("title")).isEqualTo("内容校验未通过");
            assertThat((String) problem.get("detail")).contains("可能在发布后被改动");
            expect(api.get("duban", "/api/v1/exposure/stats?publisher=" + CODE), 409);
            // A correction is never published against changed text: refused, and it stays in review.
            Object correctionId = expect(api.post("duban", "/api/v1/exposure/periods/{id}/corrections",
                    Map.of("note", "更正测试"), periodId), 201).get("id");
            expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), correctionId), 200);
            assertThat(expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"),
                    correctionId), 409).get("title")).isEqualTo("内容校验未通过");
            assertThat(jdbc.queryForObject("SELECT state FROM exposure_period WHERE id = ?", String.class,
                    ((Number) correctionId).longValue())).isEqualTo("in_review");
            // Staff do not work from changed text either: the entry list leaves the period out, its entries refuse.
            assertThat(ofPublisher(expect(api.get("duban", "/api/v1/exposure/entries"), 200))).isEmpty();
            assertThat(expect(api.get("duban", "/api/v1/exposure/entries/{id}/follow-ups", entryId), 409).get("title"))
                    .isEqualTo("内容校验未通过");
            expect(api.get("duban", "/api/v1/exposure/periods/{id}", periodId), 409);
            ResponseEntity<String> preview = api.getText("duban", "/api/v1/exposure/periods/" + periodId + "/preview");
            assertThat(preview.getStatusCode().value()).isEqualTo(409);
            assertThat(preview.getBody()).contains("内容校验未通过").doesNotContain(TAMPERED_TITLE);

            ResponseEntity<String> index = api.getText(null, "/exposure/" + CODE);
            assertThat(index.getStatusCode().value()).isEqualTo(200);
            assertThat(index.getBody()).contains("第1期 · 内容校验未通过").doesNotContain(TAMPERED_TITLE);
            ResponseEntity<String> feed = api.getText(null, "/exposure/feed.atom");
            assertThat(feed.getStatusCode().value()).isEqualTo(200);
            assertThat(feed.getBody()).doesNotContain(TAMPERED_TITLE).doesNotContain("/exposure/" + CODE + "/1");

            // Recorded once, however often the public asks.
            assertThat(jdbc.queryForList("SELECT detail FROM audit_log WHERE action = 'exposure.period.mismatch'"
                    + " AND entity_id = ?", String.class, String.valueOf(periodId)))
                    .singleElement().asString().contains(hash).contains(Snapshots.hash(tampered));
        } finally {
            writeSnapshotPastTheTrigger(database, jdbc, ((Number) periodId).longValue(), snapshot);
        }
        ResponseEntity<String> restored = api.getText(null, "/exposure/" + CODE + "/1");
        assertThat(restored.getStatusCode().value()).isEqualTo(200);
        assertThat(restored.getBody()).contains(title).contains(hash);
    }

    @SuppressWarnings("unchecked")
    private static List<Map> ofPublisher(Map answer) {
        return ((List<Map>) answer.get("entries")).stream().filter(e -> CODE.equals(e.get("publisher"))).toList();
    }

    /**
     * Changes the stored snapshot as only someone past the database's guard can: on PostGIS the
     * owner disables the trigger for one transaction; on H2GIS the trigger is dropped and made again.
     */
    private static void writeSnapshotPastTheTrigger(Database database, JdbcTemplate jdbc, long periodId, String snapshot) {
        if (database == Database.POSTGIS) {
            new TransactionTemplate(DemoServerForTest.bean(database, PlatformTransactionManager.class)).executeWithoutResult(tx -> {
                jdbc.execute("ALTER TABLE exposure_period DISABLE TRIGGER exposure_period_published_frozen");
                jdbc.update("UPDATE exposure_period SET snapshot = ? WHERE id = ?", snapshot, periodId);
                jdbc.execute("ALTER TABLE exposure_period ENABLE TRIGGER exposure_period_published_frozen");
            });
        } else {
            jdbc.execute("DROP TRIGGER exposure_period_published_frozen");
            try {
                jdbc.update("UPDATE exposure_period SET snapshot = ? WHERE id = ?", snapshot, periodId);
            } finally {
                jdbc.execute("CREATE TRIGGER exposure_period_published_frozen BEFORE UPDATE, DELETE ON exposure_period"
                        + " FOR EACH ROW CALL 'db.h2.PublishedPeriodFrozenTrigger'");
            }
        }
    }
}
