package cn.luodian.bench.hotspot;

import cn.luodian.geo.hotspot.AnalysisUnits;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The Gi* benchmark's input: a 400 × 250 lattice of 300 m grid cells (100,000 cells, 120 × 75 km,
 * centroids in EPSG:4548 metres around Beijing) with simulated case counts: Poisson with a low
 * background rate plus 40 seeded Gaussian clusters, so most cells are 0 or 1 and a few are high.
 * Same seed, same counts.
 */
public final class GridCounts {
    public static final int COLUMNS = 400;
    public static final int ROWS = 250;
    public static final double CELL_METRES = 300;
    public static final long SEED = 20261123L;

    private GridCounts() {
    }

    public static AnalysisUnits build() {
        Random random = new Random(SEED);
        int clusters = 40;
        double[][] centres = new double[clusters][3];
        for (double[] c : centres) {
            c[0] = random.nextDouble() * COLUMNS;
            c[1] = random.nextDouble() * ROWS;
            c[2] = 2 + random.nextDouble() * 10; // peak rate
        }
        int n = COLUMNS * ROWS;
        List<String> ids = new ArrayList<>(n);
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        for (int row = 0, i = 0; row < ROWS; row++) {
            for (int col = 0; col < COLUMNS; col++, i++) {
                ids.add("g" + i);
                x[i] = 440_000 + (col + 0.5) * CELL_METRES;
                y[i] = 4_390_000 + (row + 0.5) * CELL_METRES;
                double rate = 0.3;
                for (double[] c : centres) {
                    double dx = col - c[0];
                    double dy = row - c[1];
                    rate += c[2] * Math.exp(-(dx * dx + dy * dy) / 18.0);
                }
                v[i] = poisson(random, rate);
            }
        }
        return AnalysisUnits.of(ids, x, y, v);
    }

    private static int poisson(Random random, double rate) {
        double limit = Math.exp(-rate);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            product *= random.nextDouble();
            count++;
        }
        return count;
    }

    /** id,x,y,value with full precision, for R. */
    public static void writeCsv(AnalysisUnits units, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("id,x,y,value\n");
            for (int i = 0; i < units.size(); i++) {
                out.write(units.unitId(i) + "," + units.xMetres(i) + "," + units.yMetres(i) + "," + units.value(i) + "\n");
            }
        }
    }
}
