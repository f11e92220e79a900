package cn.luodian.geo.locate;

import cn.luodian.geo.describe.Description.Place;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * Words read back into a place. {@code location} (WGS-84) is the centre of the smallest circle
 * holding every solution and {@code uncertaintyMetres} its radius, so the true spot lies within
 * the stated uncertainty; {@code candidates} lists the separate solutions when there are several.
 * Both are null when the words do not pin down a place.
 */
public record LocateResult(ParsedLocation parsed, Resolution resolved, Coordinate location, Double uncertaintyMetres,
                           List<Candidate> candidates, List<String> unresolved) {

    public LocateResult {
        candidates = List.copyOf(candidates);
        unresolved = List.copyOf(unresolved);
    }

    /**
     * The admin areas the names resolved to, and each correction made on the way
     * ("潞县镇 → 漷县镇").
     */
    public record Resolution(Place township, Place village, List<String> corrections) {
        public Resolution {
            corrections = List.copyOf(corrections);
        }
    }

    /** One separate solution: its centre (WGS-84) and the radius in metres that holds it. */
    public record Candidate(Coordinate location, double uncertaintyMetres) {
    }
}
