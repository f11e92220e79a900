package cn.luodian.bench.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 小类 of the taxonomy the api seeds ({@code api/src/main/resources/taxonomy/categories.csv},
 * read from the repository so the bench needs no api classes), each with its 大类's name. Run from
 * the repository root.
 */
public record Taxonomy(List<Sub> subcategories) {
    static final Path SEED = Path.of("api/src/main/resources/taxonomy/categories.csv");

    public record Sub(String code, String name, String parentName) {
    }

    public static Taxonomy read() {
        return read(SEED);
    }

    /** The taxonomy in {@code seed} (a test runs in the module's folder: {@code ../api/…}). */
    public static Taxonomy read(Path seed) {
        try {
            List<String[]> rows = Files.readAllLines(seed, StandardCharsets.UTF_8).stream().skip(1)
                    .filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
            Map<String, String> topNames = new HashMap<>();
            rows.stream().filter(f -> f[1].isEmpty()).forEach(f -> topNames.put(f[0], f[2]));
            return new Taxonomy(rows.stream().filter(f -> !f[1].isEmpty())
                    .map(f -> new Sub(f[0], f[2], topNames.get(f[1]))).toList());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + seed + " (run from the repository root)", e);
        }
    }
}
