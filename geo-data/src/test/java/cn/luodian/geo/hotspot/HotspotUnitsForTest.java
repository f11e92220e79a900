package cn.luodian.geo.hotspot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded synthetic analysis units for the hotspot tests. */
final class HotspotUnitsForTest {
    private HotspotUnitsForTest() {
    }

    /**
     * A side × side lattice with the given spacing, each point jittered by up to ±30 % of the
     * spacing (so no two distances tie); values are a bump of height 10 around a quarter of the
     * lattice plus Gaussian noise, or, with {@code counts}, Poisson counts with that bump as rate
     * (many zeros). {@code isolated} extra units are placed 20 spacings east of the lattice, far
     * enough apart to have no neighbour within 3 spacings.
     */
    static AnalysisUnits jitteredLattice(int side, double spacingMetres, boolean counts, int isolated, long seed) {
        Random random = new Random(seed);
        List<String> ids = new ArrayList<>();
        int n = side * side + isolated;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] v = new double[n];
        double x0 = 500_000;
        double y0 = 4_400_000;
        int i = 0;
        for (int row = 0; row < side; row++) {
            for (int col = 0; col < side; col++, i++) {
                ids.add("u" + i);
                x[i] = x0 + (col + 0.6 * (random.nextDouble() - 0.5)) * spacingMetres;
                y[i] = y0 + (row + 0.6 * (random.nextDouble() - 0.5)) * spacingMetres;
                double dx = col - side * 0.3;
                double dy = row - side * 0.7;
                double bump = 10 * Math.exp(-(dx * dx + dy * dy) / (side * side / 40.0));
                v[i] = counts ? poisson(random, 0.2 + bump) : bump + random.nextGaussian();
            }
        }
        for (int k = 0; k < isolated; k++, i++) {
            ids.add("far" + k);
            x[i] = x0 + (side + 20 + 5 * k) * spacingMetres;
            y[i] = y0 + random.nextDouble() * spacingMetres;
            v[i] = counts ? poisson(random, 1) : random.nextGaussian();
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

    static void writeCsv(AnalysisUnits units, Path file) throws IOException {
        StringBuilder csv = new StringBuilder("id,x,y,value\n");
        for (int i = 0; i < units.size(); i++) {
            csv.append(units.unitId(i)).append(',').append(units.xMetres(i)).append(',')
                    .append(units.yMetres(i)).append(',').append(units.value(i)).append('\n');
        }
        Files.writeString(file, csv);
    }
}
