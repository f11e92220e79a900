package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.PostgisForTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * A period composed from the demo cases, reviewed and published, reads back identical — same
 * snapshot, same SHA-256, same page — after the server is stopped and started again on the same
 * store, on H2GIS and on PostGIS.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExposureRestartTest {

    abstract static class OnStore {
        @TempDir
        Path dataDir;

        /** The store's arguments; the same on both starts. */
        abstract List<String> store();

        private ConfigurableApplicationContext start() {
            List<String> args = new ArrayList<>(store());
            args.addAll(List.of("--server.port=0", "--luodian.data-dir=" + dataDir, "--luodian.demo-sample-cases=150"));
            return SpringApplication.run(LuodianApplication.class, args.toArray(String[]::new));
        }

        private static ExposureHttpForTest http(ConfigurableApplicationContext app) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            return new ExposureHttpForTest(RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build());
        }

        @Test
        void aPublishedPeriodReadsBackIdenticalAfterARestart() {
            Map before193;
            Map before192;
            String page193;
            try (ConfigurableApplicationContext app = start()) {
                ExposureHttpForTest api = http(app);
                before192 = expect(api.get(null, "/api/v1/exposure/published/tongzhou/192"), 200);
                Map draft = expect(api.post("duban", "/api/v1/exposure/publishers/tongzhou/periods", Map.of()), 201);
                assertThat(draft.get("number")).isEqualTo(193);
                Object id = draft.get("id");
                int added = 0;
                for (long caseId : candidates(api, id)) {
                    if (added == 3) {
                        break;
                    }
                    expect(api.form("duban", "/api/v1/cases/{id}/photos", Map.of("stage", "before"),
                            ExposureHttpForTest.png(0x775533 + added), caseId), 201);
                    expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", caseId), id), 201);
                    added++;
                }
                assertThat(added).isEqualTo(3);
                expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), id), 200);
                expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), id), 200);
                before193 = expect(api.get(null, "/api/v1/exposure/published/tongzhou/193"), 200);
                assertThat(before193.get("verified")).isEqualTo(true);
                assertThat((List) before193.get("entries")).hasSizeGreaterThanOrEqualTo(3);
                page193 = api.getText(null, "/exposure/tongzhou/193").getBody();
            }
            try (ConfigurableApplicationContext app = start()) {
                ExposureHttpForTest api = http(app);
                Map after193 = expect(api.get(null, "/api/v1/exposure/published/tongzhou/193"), 200);
                assertThat(after193.get("contentHash")).isEqualTo(before193.get("contentHash"));
                assertThat(after193.get("snapshot")).isEqualTo(before193.get("snapshot"));
                assertThat(after193.get("verified")).isEqualTo(true);
                assertThat(after193).isEqualTo(before193);
                assertThat(api.getText(null, "/exposure/tongzhou/193").getBody()).isEqualTo(page193);
                Map after192 = expect(api.get(null, "/api/v1/exposure/published/tongzhou/192"), 200);
                assertThat(after192.get("contentHash")).isEqualTo(before192.get("contentHash"));
                // The demo is not loaded twice.
                List<Map> periods = (List<Map>) expect(api.get("duban", "/api/v1/exposure/periods?publisher=tongzhou"), 200)
                        .get("periods");
                assertThat(periods).extracting(p -> p.get("number")).containsExactly(193, 192, 191);
            }
        }

        /** The cases proposed for the period, else any open cases of the demo. */
        private static List<Long> candidates(ExposureHttpForTest api, Object periodId) {
            List<Long> ids = new ArrayList<>();
            for (Map p : (List<Map>) expect(api.get("duban", "/api/v1/exposure/periods/{id}/proposals", periodId), 200)
                    .get("proposals")) {
                ids.add(((Number) p.get("caseId")).longValue());
            }
            for (Map c : (List<Map>) expect(api.get("duban", "/api/v1/cases?state=registered,dispatched,in_progress&limit=50"),
                    200).get("cases")) {
                ids.add(((Number) c.get("id")).longValue());
            }
            return ids.stream().distinct().toList();
        }
    }

    @Nested
    class OnH2gis extends OnStore {
        @Override
        List<String> store() {
            return List.of();
        }
    }

    @Nested
    class OnPostgis extends OnStore {
        private String url;

        @Override
        List<String> store() {
            if (url == null) {
                url = PostgisForTest.get().createDatabase();
            }
            return List.of("--spring.profiles.active=postgis", "--spring.datasource.url=" + url,
                    "--spring.datasource.username=postgres", "--spring.datasource.password=");
        }
    }
}
