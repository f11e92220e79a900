package cn.luodian.bench.hotspot;

import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.GetisOrdGiStar;
import cn.luodian.geo.hotspot.GiStarResult;
import cn.luodian.geo.hotspot.SpatialWeights;
import cn.luodian.geo.hotspot.WeightStyle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * For bench/hotspot.sh: {@code write FILE} writes the benchmark's 100,000 cells as CSV for R;
 * {@code compare FILE} reads R's z-scores (one per line, same order) and prints the largest
 * difference from Luodian's, so the timed R run is shown to compute the same thing.
 */
public final class GiStarInput {
    private GiStarInput() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 || !List.of("write", "compare").contains(args[0])) {
            System.err.println("usage: GiStarInput write|compare FILE");
            System.exit(2);
        }
        AnalysisUnits units = GridCounts.build();
        Path file = Path.of(args[1]);
        if (args[0].equals("write")) {
            GridCounts.writeCsv(units, file);
            double sum = 0;
            for (double v : units.values()) {
                sum += v;
            }
            System.out.printf("wrote %d cells (%d × %d, %.0f m), %.0f cases in total, to %s%n", units.size(),
                    GridCounts.COLUMNS, GridCounts.ROWS, GridCounts.CELL_METRES, sum, file);
            return;
        }
        SpatialWeights w = SpatialWeights.distanceBand(units, GiStarBenchmark.BAND_METRES, true, WeightStyle.BINARY);
        GiStarResult ours = GetisOrdGiStar.compute(units, w, false);
        List<String> lines = Files.readAllLines(file);
        if (lines.size() != units.size()) {
            throw new IllegalStateException(lines.size() + " R values for " + units.size() + " cells");
        }
        double worst = 0;
        for (int i = 0; i < units.size(); i++) {
            worst = Math.max(worst, Math.abs(Double.parseDouble(lines.get(i)) - ours.unit(i).zScore()));
        }
        System.out.printf("Gi* z, Luodian vs spdep, %d cells: largest |difference| %.3e%n", units.size(), worst);
        if (!(worst <= 1e-6)) {
            System.exit(1);
        }
    }
}
