package cn.luodian.geo.hotspot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Gi* and local Moran's I against R's spdep on the same units and the same neighbours
 * ({@code spdep_local.R}): neighbour lists identical, Gi* z and Moran's Ii, E.Ii, Var.Ii, Z.Ii
 * within 1e-6, for a distance band and k nearest neighbours, binary and row-standardised weights,
 * continuous values and Poisson counts with many zeros, with units that have no neighbours in the
 * band (spdep zero.policy = TRUE). Needs Rscript + spdep: skipped loudly without them, failed under CI=true.
 */
class HotspotSpdepAgreementTest {
    private static final double TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}: {1}×{1} lattice, counts={2}, {3} isolated, band {4} m, k {5}")
    @CsvSource({
        "clustered, 20, false, 2, 150, 6",
        "counts,    22, true,  1, 150, 8",
        "wideband,  15, false, 0, 260, 4",
    })
    void agreesWithSpdep(String name, int side, boolean counts, int isolated, double bandMetres, int k) throws IOException {
        RscriptForTest.requireSpdep();
        AnalysisUnits units = HotspotUnitsForTest.jitteredLattice(side, 100, counts, isolated, name.hashCode());
        Path input = dir.resolve("units.csv");
        Path output = dir.resolve("spdep.csv");
        HotspotUnitsForTest.writeCsv(units, input);
        RscriptForTest.runScript("spdep_local.R", dir, input.toString(), Double.toString(bandMetres),
                Integer.toString(k), output.toString());
        List<String[]> rows = Files.readAllLines(output).stream().skip(1).map(l -> l.split(",", -1)).toList();
        assertThat(rows).hasSize(4 * units.size());

        double worstGi = 0;
        double worstIi = 0;
        for (String neighbours : List.of("band", "knn")) {
            for (WeightStyle style : WeightStyle.values()) {
                String config = neighbours + "-" + (style == WeightStyle.BINARY ? "B" : "W");
                List<String[]> mine = rows.stream().filter(r -> r[0].equals(config)).toList();
                SpatialWeights plain = neighbours.equals("band")
                        ? SpatialWeights.distanceBand(units, bandMetres, false, style)
                        : SpatialWeights.kNearest(units, k, false, style);
                SpatialWeights self = neighbours.equals("band")
                        ? SpatialWeights.distanceBand(units, bandMetres, true, style)
                        : SpatialWeights.kNearest(units, k, true, style);
                GiStarResult gi = GetisOrdGiStar.compute(units, self, false);
                LocalMoranResult conditional = LocalMoran.compute(units.values(), plain, 0, 1, 0.05, MoranVariance.CONDITIONAL);
                LocalMoranResult total = LocalMoran.compute(units.values(), plain, 0, 1, 0.05, MoranVariance.TOTAL);
                for (int i = 0; i < units.size(); i++) {
                    String[] r = mine.get(i);
                    String where = config + " unit " + r[1];
                    assertThat(r[1]).isEqualTo(units.unitId(i));
                    assertThat(oneBased(plain.neighbours(i))).as(where + " neighbours").isEqualTo(r[12]);
                    worstGi = Math.max(worstGi, close(where + " Gi* z", gi.unit(i).zScore(), r[2], TOLERANCE));
                    close(where + " Gi* p", gi.unit(i).pValue(), r[3], 1e-12);
                    LocalMoranUnit c = conditional.unit(i);
                    worstIi = Math.max(worstIi, close(where + " Ii", c.ii(), r[4], TOLERANCE));
                    close(where + " E.Ii", c.expectedIi(), r[5], TOLERANCE);
                    close(where + " Var.Ii", c.varianceIi(), r[6], TOLERANCE);
                    close(where + " Z.Ii", c.zScore(), r[7], TOLERANCE);
                    close(where + " Pr(Z.Ii)", c.pValue(), r[8], 1e-12);
                    LocalMoranUnit t = total.unit(i);
                    close(where + " E.Ii total", t.expectedIi(), r[9], TOLERANCE);
                    close(where + " Var.Ii total", t.varianceIi(), r[10], TOLERANCE);
                    close(where + " Z.Ii total", t.zScore(), r[11], TOLERANCE);
                }
                assertThat(plain.isolatedUnits()).as(config + " isolated").hasSize(neighbours.equals("band") ? isolated : 0);
            }
        }
        System.out.printf("spdep agreement %s: %d units, largest |Δ| Gi* z %.2e, Ii %.2e%n", name, units.size(), worstGi, worstIi);
    }

    private static String oneBased(int[] neighbours) {
        return Arrays.stream(neighbours).mapToObj(j -> Integer.toString(j + 1)).collect(Collectors.joining(";"));
    }

    /** Asserts |actual − R| ≤ tolerance × max(1, |R|) (both NaN also agree); returns |actual − R|. */
    private static double close(String what, double actual, String reference, double tolerance) {
        double expected = parseR(reference);
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what + " (spdep: NaN)").isNaN();
            return 0;
        }
        double allowed = tolerance * Math.max(1, Math.abs(expected));
        assertThat(Math.abs(actual - expected)).as(what + ": ours " + actual + ", spdep " + reference).isLessThanOrEqualTo(allowed);
        return Math.abs(actual - expected);
    }

    private static double parseR(String text) {
        return switch (text) {
            case "NaN", "NA" -> Double.NaN;
            case "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(text);
        };
    }
}
