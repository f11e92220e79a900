package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An acknowledged case survives a crash: the server runs in its own JVM on the embedded store,
 * four clients stream creations, the JVM is killed with SIGKILL mid-stream, and after a restart every
 * case that got a 201 is there, with its history — and no row without one.
 */
class CrashDurabilityTest {
    private static final String PASSWORD = "crash-test-password";

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedCaseSurvivesSigkill() throws Exception {
        int port = freePort();
        Process server = start(port);
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        try {
            waitUntilUp(port);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            ExecutorService clients = Executors.newFixedThreadPool(4);
            for (int t = 0; t < 4; t++) {
                clients.submit(() -> {
                    while (server.isAlive() && sent.get() < 5000) {
                        String externalId = "CRASH-" + sent.incrementAndGet();
                        try {
                            HttpResponse<String> response = http.send(create(port, externalId), HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 201) {
                                acknowledged.add(externalId);
                            }
                        } catch (IOException | InterruptedException e) {
                            return; // the server is gone
                        }
                    }
                });
            }
            while (acknowledged.size() < 100) {
                Thread.sleep(20);
            }
            server.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no flushing
            server.waitFor(30, TimeUnit.SECONDS);
            clients.shutdown();
            clients.awaitTermination(30, TimeUnit.SECONDS);
        } finally {
            server.destroyForcibly();
        }
        assertThat(acknowledged.size()).isGreaterThanOrEqualTo(100);

        Process restarted = start(port);
        try {
            waitUntilUp(port);
        } finally {
            restarted.destroy();
            restarted.waitFor(30, TimeUnit.SECONDS);
        }
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:file:" + dataDir.resolve("luodian"), "luodian", ""));
        List<String> stored = jdbc.queryForList("SELECT external_id FROM city_case WHERE external_id LIKE 'CRASH-%'", String.class);
        assertThat(stored).containsAll(acknowledged);
        Long withoutHistory = jdbc.queryForObject("SELECT COUNT(*) FROM city_case c WHERE NOT EXISTS "
                + "(SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.action = 'create')", Long.class);
        assertThat(withoutHistory).isZero();
        System.out.printf("crash test: %d creations sent, %d acknowledged, %d stored after SIGKILL and restart%n",
                sent.get(), acknowledged.size(), stored.size());
    }

    private HttpRequest create(int port, String externalId) {
        String body = "{\"category\":\"RX0101\",\"description\":\"崩溃测试\",\"source\":\"hotline_12345\","
                + "\"externalId\":\"" + externalId + "\",\"location\":{\"lon\":116.7726,\"lat\":39.7588,\"crs\":\"wgs84\"}}";
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/cases"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private Process start(int port) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "cn.luodian.api.LuodianApplication",
                "--server.port=" + port, "--luodian.data-dir=" + dataDir, "--luodian.demo-sample-cases=0",
                "--luodian.security.admin-password=" + PASSWORD));
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dataDir.resolveSibling(dataDir.getFileName() + "-server.log").toFile()).start();
    }

    private static void waitUntilUp(int port) throws InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness")).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the server did not become ready within 180 s");
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
