package cn.luodian.api.storage;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL + PostGIS server for tests, started once per test JVM from the Debian binaries
 * (initdb + pg_ctl on a free loopback port in a temp directory) — no Docker, no mocks. Where the
 * binaries are missing, tests are skipped loudly on a developer's machine and fail in CI (CI=true).
 */
public final class PostgisForTest {
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static PostgisForTest instance;
    private static String unavailableReason;

    private final int port;

    private PostgisForTest(int port) {
        this.port = port;
    }

    /** The running server, starting it on first use; skips or fails the calling test if it cannot. */
    public static synchronized PostgisForTest get() {
        if (instance == null && unavailableReason == null) {
            try {
                instance = start();
            } catch (IOException | InterruptedException | SQLException e) {
                unavailableReason = "PostGIS test server failed to start: " + e.getMessage();
            }
        }
        if (instance == null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(unavailableReason + " (CI=true: PostGIS tests must run)");
            }
            System.err.println("\n*** SKIPPING POSTGIS TESTS: " + unavailableReason
                    + "\n*** install postgresql-15-postgis-3 (see .ci/run) to run them.\n");
            Assumptions.abort(unavailableReason);
        }
        return instance;
    }

    /** A new, empty database with the postgis extension; its JDBC URL (user postgres, no password). */
    public String createDatabase() {
        String name = "luodian_test_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(url("postgres"), "postgres", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return url(name);
    }

    /** The server's loopback port. */
    public int port() {
        return port;
    }

    public String url(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    private static PostgisForTest start() throws IOException, InterruptedException, SQLException {
        Path bin = findBinDirectory();
        if (bin == null) {
            unavailableReason = "no PostgreSQL server binaries under /usr/lib/postgresql";
            return null;
        }
        String version = bin.getParent().getFileName().toString();
        if (!Files.exists(Path.of("/usr/share/postgresql", version, "extension", "postgis.control"))) {
            unavailableReason = "PostgreSQL " + version + " has no PostGIS extension installed";
            return null;
        }
        Path dir = Files.createTempDirectory("luodian-postgis");
        boolean root = "root".equals(System.getProperty("user.name"));
        if (root) {
            // initdb refuses to run as root; the Debian package's postgres user owns the cluster.
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()), false);
        }
        Path data = dir.resolve("data");
        int port = freePort();
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                "-E", "UTF8", "--no-locale"), root);
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("server.log").toString(),
                "-w", "-t", "60", "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1"
                        + " -c fsync=off -c full_page_writes=off -c max_connections=200", "start"), root);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"), root);
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            } catch (IOException | InterruptedException e) {
                System.err.println("could not stop the PostGIS test server in " + dir + ": " + e.getMessage());
            }
        }));
        return new PostgisForTest(port);
    }

    private static Path findBinDirectory() throws IOException {
        Path base = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(base)) {
            return null;
        }
        try (Stream<Path> versions = Files.list(base)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString().replaceAll("\\D", "0"))))
                    .orElse(null);
        }
    }

    private static void run(List<String> command, boolean asPostgres) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
