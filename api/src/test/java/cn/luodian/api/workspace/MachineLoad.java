package cn.luodian.api.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The machine's load average, printed beside every browser timing and used to decide whether a time
 * bound is about this code or about the machine: a bound is enforced only when the 1-minute load per
 * core is at most {@link #QUIET_PER_CORE}. CI runs alone, but its own test JVM, server and browser
 * keep the load at 2–2.5 per core (measured); builders running beside it push it past 5.
 */
final class MachineLoad {
    static final double QUIET_PER_CORE = 3.0;

    private MachineLoad() {
    }

    /** The 1-minute load average divided by the cores; 0 where /proc/loadavg cannot be read. */
    static double perCore() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0])
                    / Runtime.getRuntime().availableProcessors();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    static boolean quiet() {
        return perCore() <= QUIET_PER_CORE;
    }

    /** The 1, 5 and 15 minute load averages, "0.52,0.61,0.70". */
    static String averages() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + "," + parts[1] + "," + parts[2];
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Appends a line to target/{file} (a build artefact the bench scripts collect). */
    static void record(String file, String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", file), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
