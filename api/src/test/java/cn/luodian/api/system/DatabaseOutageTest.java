package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.storage.TcpProxyForTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Issue 15, finding 5: PostgreSQL goes away under a running server (a proxy in front of the test
 * server cuts every connection and refuses new ones) and comes back. Meanwhile requests that need
 * the database fail within seconds with 503 problem+json, a Chinese title and {@code Retry-After};
 * health says DOWN; once the database is back the same requests succeed, without a restart.
 */
class DatabaseOutageTest {
    private static final String ADMIN_PASSWORD = "Tongzhou-outage-Kq7x";
    @TempDir
    Path dataDir;

    @Test
    void withTheDatabaseGoneRequestsFailFastWith503AndRecoverWhenItComesBack() throws Exception {
        PostgisForTest postgis = PostgisForTest.get();
        String url = postgis.createDatabase();
        try (TcpProxyForTest proxy = new TcpProxyForTest(postgis.port());
             ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class,
                     "--spring.profiles.active=postgis",
                     "--spring.datasource.url=" + url.replace(":" + postgis.port() + "/", ":" + proxy.port() + "/"),
                     "--spring.datasource.username=postgres", "--spring.datasource.password=",
                     "--server.port=0", "--luodian.data-dir=" + dataDir, "--luodian.demo-sample-cases=20",
                     "--luodian.security.admin-password=" + ADMIN_PASSWORD)) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            RestClient anonymous = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build();
            String basic = "Basic " + Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
            RestClient admin = anonymous.mutate().defaultHeader("Authorization", basic).build();
            assertThat(get(admin, "/api/v1/cases?limit=1").getStatusCode().value()).isEqualTo(200);

            proxy.cut();
            long started = System.nanoTime();
            ResponseEntity<String> down = get(admin, "/api/v1/cases?limit=1");
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertThat(down.getStatusCode().value()).as(down.getBody()).isEqualTo(503);
            assertThat(took).as("time to the 503").isLessThan(Duration.ofSeconds(8));
            assertThat(down.getHeaders().getContentType().toString()).startsWith("application/problem+json");
            assertThat(down.getHeaders().getFirst("Retry-After")).isNotBlank();
            assertThat(down.getBody()).contains("\"title\":\"服务暂不可用\"").contains("数据库");
            ResponseEntity<String> health = get(anonymous, "/actuator/health");
            assertThat(health.getStatusCode().value()).isEqualTo(503);
            assertThat(health.getBody()).contains("DOWN");
            // A write meets the same answer and stores nothing (checked once the database is back).
            ResponseEntity<String> write = admin.post().uri("/api/v1/cases").contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body("{\"category\":\"RX0101\",\"description\":\"停库期间的上报\",\"urgency\":\"normal\",\"source\":\"staff\","
                            + "\"location\":{\"lon\":116.7726,\"lat\":39.7588,\"crs\":\"wgs84\"}}")
                    .retrieve().toEntity(String.class);
            assertThat(write.getStatusCode().value()).as(write.getBody()).isEqualTo(503);

            proxy.restore();
            ResponseEntity<String> back = null;
            for (int attempt = 0; attempt < 40; attempt++) {
                back = get(admin, "/api/v1/cases?limit=1");
                if (back.getStatusCode().value() == 200) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(back.getStatusCode().value()).as("after the database came back").isEqualTo(200);
            assertThat(get(anonymous, "/actuator/health").getStatusCode().value()).isEqualTo(200);
            assertThat(get(admin, "/api/v1/cases?q=" + "停库期间的上报").getBody()).doesNotContain("停库期间的上报");
        }
    }

    private static ResponseEntity<String> get(RestClient client, String path) {
        return client.get().uri(path).retrieve().toEntity(String.class);
    }
}
