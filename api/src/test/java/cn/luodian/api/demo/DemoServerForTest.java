package cn.luodian.api.demo;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import cn.luodian.api.system.TempDirsForTest;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;

/**
 * The application as `java -jar` starts it, on an empty store (so with the demo region), started
 * once per test JVM and store kind (H2GIS in a temp directory, or a fresh database on the PostGIS
 * test server) and shared by the tests that use it.
 */
public final class DemoServerForTest {
    private static final Map<Database, RestClient> SERVERS = new EnumMap<>(Database.class);
    private static final Map<Database, Integer> PORTS = new EnumMap<>(Database.class);
    private static final Map<Database, ConfigurableApplicationContext> APPS = new EnumMap<>(Database.class);

    private DemoServerForTest() {
    }

    /** The H2GIS demo server. */
    public static RestClient http() {
        return http(Database.H2GIS);
    }

    /** The H2GIS demo server's port, for tests that must speak raw HTTP. */
    public static synchronized int port() {
        http();
        return PORTS.get(Database.H2GIS);
    }

    /** The base URL of the demo server on this database, for tests that must speak raw HTTP (cookies, forms). */
    public static synchronized String baseUrl(Database database) {
        http(database);
        return "http://localhost:" + PORTS.get(database);
    }

    /** The H2GIS demo server as a demo user (password {@code <user>-demo}) over HTTP Basic. */
    public static RestClient asDemoUser(String user) {
        String token = java.util.Base64.getEncoder().encodeToString(
                (user + ":" + user + "-demo").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http().mutate().defaultHeader("Authorization", "Basic " + token).build();
    }

    /** The demo server on {@code database} as {@code user} over HTTP Basic. */
    public static RestClient as(Database database, String user, String password) {
        String token = java.util.Base64.getEncoder().encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return http(database).mutate().defaultHeader("Authorization", "Basic " + token).build();
    }

    /** The shared servers' administrator password (elsewhere it is generated or configured). */
    public static final String ADMIN_PASSWORD = "test-root-mima-2026";

    public static synchronized RestClient http(Database database) {
        return SERVERS.computeIfAbsent(database, DemoServerForTest::start);
    }

    private static RestClient start(Database database) {
        Path dataDir = TempDirsForTest.create("luodian-demo");
        String[] args = Stream.concat(Stream.of("--server.port=0", "--luodian.security.admin-password=" + ADMIN_PASSWORD),
                Stream.of(StoreForTest.applicationArgs(database, dataDir))).toArray(String[]::new);
        ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class, args);
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        PORTS.put(database, port);
        APPS.put(database, app);
        // Errors are part of what the tests check: hand every status back instead of throwing.
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { })
                .build();
    }

    /** A bean of the running demo server on {@code database}, for tests that write hand-made rows into its store. */
    public static synchronized <T> T bean(Database database, Class<T> type) {
        http(database);
        return APPS.get(database).getBean(type);
    }
}
