package cn.luodian.geo.describe;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * How descriptions are made. Validated on construction, so a bad configuration stops start-up.
 *
 * @param urbanLandmarkRadiusMetres a named landmark this close switches to the urban form
 * @param roadMaxMetres             a road farther than this is not named
 * @param waterwayMaxMetres         a waterway farther than this is left out of the sentence
 * @param roundingStepMetres        distances in the text are rounded to a multiple of this
 * @param punctuation               the comma between clauses
 * @param clauses                   which clauses the text may contain
 */
public record DescribeOptions(double urbanLandmarkRadiusMetres, double roadMaxMetres, double waterwayMaxMetres,
                              int roundingStepMetres, Punctuation punctuation, Set<Clause> clauses) {

    /** The comma between clauses: the published lists use either. */
    public enum Punctuation {
        FULL_WIDTH("，"), ASCII(",");

        private final String comma;

        Punctuation(String comma) {
            this.comma = comma;
        }

        public String comma() {
            return comma;
        }
    }

    public enum Clause { ROAD, WATERWAY, LANDMARK }

    public static final DescribeOptions DEFAULTS = new DescribeOptions(50, 5000, 5000, 1, Punctuation.FULL_WIDTH,
            EnumSet.allOf(Clause.class));

    public DescribeOptions {
        requireRange("urbanLandmarkRadiusMetres", urbanLandmarkRadiusMetres, 0, 1000);
        requireRange("roadMaxMetres", roadMaxMetres, 1, 100_000);
        requireRange("waterwayMaxMetres", waterwayMaxMetres, 1, 100_000);
        requireRange("roundingStepMetres", roundingStepMetres, 1, 1000);
        Objects.requireNonNull(punctuation, "punctuation");
        clauses = clauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clauses));
    }

    private static void requireRange(String name, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(name + " 应在 " + min + " 到 " + max + " 之间，实为 " + value);
        }
    }

    /** {@code distanceMetres} rounded to the step, as it appears after "约". */
    public long rounded(double distanceMetres) {
        return Math.round(distanceMetres / roundingStepMetres) * roundingStepMetres;
    }
}
