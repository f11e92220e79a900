package cn.luodian.api.demo;

import cn.luodian.api.LuodianApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The application as `java -jar` starts it, on an empty data directory (so with the demo region),
 * started once per test JVM and shared by the tests that only read.
 */
public final class DemoServerForTest {
    private static RestClient http;
    private static int port;

    private DemoServerForTest() {
    }

    /** The demo server's port, for tests that must speak raw HTTP. */
    public static synchronized int port() {
        http();
        return port;
    }

    public static synchronized RestClient http() {
        if (http == null) {
            Path dataDir;
            try {
                dataDir = Files.createTempDirectory("luodian-demo");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class,
                    "--server.port=0", "--luodian.data-dir=" + dataDir);
            Runtime.getRuntime().addShutdownHook(new Thread(app::close));
            port = ((WebServerApplicationContext) app).getWebServer().getPort();
            // Errors are part of what the tests check: hand every status back instead of throwing.
            http = RestClient.builder().baseUrl("http://localhost:" + port)
                    .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                    .build();
        }
        return http;
    }
}
