package cn.luodian.geo.hotspot;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs R scripts with spdep for the agreement tests. Without Rscript or spdep the calling test is
 * skipped loudly on a developer's machine and fails in CI (CI=true), like PostgisForTest in api.
 */
final class RscriptForTest {
    private static String unavailableReason;
    private static boolean checked;

    private RscriptForTest() {
    }

    /** Skips (or, under CI=true, fails) the calling test unless Rscript can load spdep. */
    static synchronized void requireSpdep() {
        if (!checked) {
            checked = true;
            try {
                Result r = run(List.of("Rscript", "-e",
                        "quit(status = if (requireNamespace('spdep', quietly = TRUE)) 0 else 3)"), 120);
                if (r.exitCode == 3) {
                    unavailableReason = "R is installed but the spdep package is not";
                } else if (r.exitCode != 0) {
                    unavailableReason = "Rscript failed (exit " + r.exitCode + "): " + r.output;
                }
            } catch (IOException e) {
                unavailableReason = "no Rscript on the PATH (" + e.getMessage() + ")";
            }
        }
        if (unavailableReason != null) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(unavailableReason + " (CI=true: the spdep agreement tests must run)");
            }
            System.err.println("\n*** SKIPPING SPDEP AGREEMENT TESTS: " + unavailableReason
                    + "\n*** install r-cran-spdep (apt-get install r-cran-spdep, see .ci/run) to run them.\n");
            Assumptions.abort(unavailableReason);
        }
    }

    /** Copies the script resource into dir and runs it with the arguments; fails on a non-zero exit. */
    static void runScript(String resource, Path dir, String... arguments) throws IOException {
        Path script = dir.resolve(resource);
        try (var in = RscriptForTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Files.copy(in, script);
        }
        List<String> command = new ArrayList<>(List.of("Rscript", "--vanilla", script.toString()));
        command.addAll(List.of(arguments));
        Result r = run(command, 600);
        if (r.exitCode != 0) {
            throw new IllegalStateException("Rscript " + resource + " failed (exit " + r.exitCode + "):\n" + r.output);
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command, int timeoutSeconds) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException("timed out after " + timeoutSeconds + " s: " + command);
            }
            return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        }
    }
}
