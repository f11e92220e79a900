package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.LayerBatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The synthetic region, generated once and kept in a {@link RegionFile} under
 * {@code bench/target/synthetic/}; the file name carries the generator version and the scale, so a
 * changed generator or scale never reads a stale file.
 */
public final class RegionCache {
    /** Bump when the generator's output changes. */
    static final int GENERATOR_VERSION = 1;

    private RegionCache() {
    }

    public static Path file(Path directory, SyntheticScale scale) {
        return directory.resolve("beijing-v" + GENERATOR_VERSION + "-" + Integer.toHexString(scale.hashCode()) + ".bin");
    }

    /** Reads the cached region, generating and writing it first if there is none. */
    public static LayerBatch load(Path directory, SyntheticScale scale) {
        Path file = file(directory, scale);
        try {
            if (!Files.exists(file)) {
                long start = System.nanoTime();
                LayerBatch batch = SyntheticBeijingRegion.build(scale);
                System.err.printf("synthetic region generated in %.1f s; writing %s%n", (System.nanoTime() - start) / 1e9, file);
                RegionFile.write(batch, file);
                return batch;
            }
            return RegionFile.read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write " + file, e);
        }
    }
}
