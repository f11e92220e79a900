package cn.luodian.api.cases;

import cn.luodian.geo.crs.GaussKrugerProjection;
import java.time.Instant;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;

/**
 * Open cases of the same category within the configured distance (metres, in the Gauss-Krüger
 * zone of the point) and time window of a case: FixMyStreet-style duplicate hints.
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

    public List<CityCase> candidates(CityCase c) {
        double radius = settings.duplicateRadiusMetres();
        // A degree box that surely holds the circle (with margin), then the exact metric distance.
        double dLat = radius / METRES_PER_DEGREE_LATITUDE * 1.1;
        double dLon = dLat / Math.cos(Math.toRadians(Math.abs(c.lat()) + dLat));
        Instant since = c.receivedAt().minus(settings.duplicateWindow());
        GaussKrugerProjection projection = GaussKrugerProjection.forLongitude(c.lon());
        Coordinate here = projection.toMetric(c.lon(), c.lat());
        return cases.openInBox(c.categoryCode(), c.lon() - dLon, c.lat() - dLat, c.lon() + dLon, c.lat() + dLat, since)
                .stream()
                .filter(other -> other.id() != c.id())
                .filter(other -> projection.toMetric(other.lon(), other.lat()).distance(here) <= radius)
                .toList();
    }
}
