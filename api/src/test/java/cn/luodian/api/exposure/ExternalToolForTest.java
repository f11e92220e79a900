package cn.luodian.api.exposure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a Debian tool the exposure tests check their output with (pdftotext, pdfimages, pdftoppm
 * from poppler-utils; chromium). Missing: the test is skipped loudly on a developer's machine and
 * fails under CI=true (.ci/run installs them).
 */
final class ExternalToolForTest {

    private ExternalToolForTest() {
    }

    static void require(String executable, String debianPackage) {
        if (Files.isExecutable(Path.of(executable))) {
            return;
        }
        String reason = executable + " is missing (Debian package " + debianPackage + ", see .ci/run)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(reason + " (CI=true: these tests must run)");
        }
        System.err.println("\n*** SKIPPING: " + reason + "\n");
        Assumptions.abort(reason);
    }

    /** Runs the command and answers its standard output; fails on a non-zero exit. */
    static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(new ArrayList<>(List.of(command))).redirectErrorStream(true).start();
        byte[] out = process.getInputStream().readAllBytes();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in 60 s");
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited " + process.exitValue() + ": " + text);
        }
        return text;
    }
}
