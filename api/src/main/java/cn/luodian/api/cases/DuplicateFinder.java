package cn.luodian.api.cases;

import cn.luodian.geo.crs.GaussKrugerProjection;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;

/**
 * Open cases of the same category within the configured distance (metres, in the Gauss-Krüger
 * zone of the point) and time window of a case: FixMyStreet-style duplicate hints. Bounded: at most
 * {@code duplicates-scanned} newest cases are read and the {@code duplicates-shown} nearest listed,
 * with their count (a soak once made every new case answer 910 hints).
 */
@Component
class DuplicateFinder {
    private static final double METRES_PER_DEGREE_LATITUDE = 110_574;

    private final CaseRepository cases;
    private final CaseSettings settings;

    public DuplicateFinder(CaseRepository cases, CaseSettings settings) {
        this.cases = cases;
        this.settings = settings;
    }

    public DuplicateCandidates candidates(CityCase c) {
        double radius = settings.duplicateRadiusMetres();
        // A degree box that surely holds the circle (with margin), then the exact metric distance.
        double dLat = radius / METRES_PER_DEGREE_LATITUDE * 1.1;
        double dLon = dLat / Math.cos(Math.toRadians(Math.abs(c.lat()) + dLat));
        Instant since = c.receivedAt().minus(settings.duplicateWindow());
        GaussKrugerProjection projection = GaussKrugerProjection.forLongitude(c.lon());
        Coordinate here = projection.toMetric(c.lon(), c.lat());
        // One more than scanned tells whether the count is exact; the new case itself is among them.
        List<CityCase> read = cases.openInBox(c.categoryCode(), c.lon() - dLon, c.lat() - dLat, c.lon() + dLon,
                c.lat() + dLat, since, settings.duplicatesScanned() + 2);
        boolean exact = read.size() <= settings.duplicatesScanned() + 1;
        List<DuplicateCandidates.Near> near = read.stream()
                .filter(other -> other.id() != c.id())
                .limit(settings.duplicatesScanned())
                .map(other -> new DuplicateCandidates.Near(other, projection.toMetric(other.lon(), other.lat()).distance(here)))
                .filter(n -> n.distanceMetres() <= radius)
                .sorted(Comparator.comparingDouble(DuplicateCandidates.Near::distanceMetres)
                        .thenComparing(n -> n.value().id()))
                .toList();
        return new DuplicateCandidates(near.stream().limit(settings.duplicatesShown()).toList(), near.size(), exact);
    }
}
