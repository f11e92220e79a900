package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.LayerBatch;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/**
 * Generates the Beijing-scale region into the cache (if it is not there yet) and prints its
 * statistics and the SHA-256 of the file, which is the same on every machine.
 * Usage: {@code GenerateRegion [cache-directory]} (default {@code bench/target/synthetic}).
 */
public final class GenerateRegion {
    private GenerateRegion() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args.length > 0 ? args[0] : "bench/target/synthetic");
        long start = System.nanoTime();
        LayerBatch batch = RegionCache.load(directory, SyntheticScale.BEIJING);
        System.out.printf("synthetic Beijing region ready in %.1f s (%s)%n", (System.nanoTime() - start) / 1e9,
                RegionCache.file(directory, SyntheticScale.BEIJING));
        System.out.print(RegionStats.describe(batch));
        System.out.println("sha256 " + sha256(RegionCache.file(directory, SyntheticScale.BEIJING)));
    }

    static String sha256(Path file) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
