package cn.luodian.api.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Data directories for test servers, deleted when the test JVM exits. A test server keeps its H2
 * files open until its context closes, often only at exit, so a test cannot delete them itself;
 * left behind, one full build's directories came to gigabytes under /tmp, run after run.
 */
public final class TempDirsForTest {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempDirsForTest::deleteAll, "temp-dirs-for-test"));
    }

    private TempDirsForTest() {
    }

    /** A new empty directory under the system's temporary directory, its name starting with {@code prefix}. */
    public static synchronized Path create(String prefix) {
        try {
            Path dir = Files.createTempDirectory(prefix);
            CREATED.add(dir);
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized void deleteAll() {
        for (Path dir : CREATED) {
            try (Stream<Path> tree = Files.walk(dir)) {
                tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException | UncheckedIOException e) {
                // Best effort at exit: a file still being written is left for the system's cleaner.
            }
        }
    }
}
