package cn.luodian.api.patrols;

import cn.luodian.geo.patrol.TrackPoint;
import cn.luodian.geo.tile.WebMercator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.springframework.stereotype.Component;

/**
 * Today's patrol lines (begun today in the patrol zone, or still running) on the Mercator plane,
 * kept in memory for the {@code patrols} tile layer: loaded on first use, again after any patrol
 * write ({@link #invalidate}, called after the commit) and when the day turns. A tile is then cut
 * from memory, never from the database.
 */
@Component
class TodaysPatrolLines {
    /** One patrol's line ({@code mercator}: a line, or a point for a single position). */
    record Line(long patrolId, String worker, String scopeCode, boolean running, Geometry mercator) {
    }

    private record Snapshot(LocalDate day, List<Line> lines) {
    }

    private final PatrolStore store;
    private final PatrolSettings settings;
    private final Clock clock;
    private final GeometryFactory geometries = new GeometryFactory();
    private Snapshot current;

    TodaysPatrolLines(PatrolStore store, PatrolSettings settings, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.clock = clock;
    }

    synchronized List<Line> lines() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        if (current == null || !current.day().equals(today)) {
            current = new Snapshot(today, load(today));
        }
        return current.lines();
    }

    /** Synchronized with {@link #lines}: a load that began before the commit is thrown away after it. */
    synchronized void invalidate() {
        current = null;
    }

    private List<Line> load(LocalDate today) {
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<Patrol, List<TrackPoint>> entry : store.since(today.atStartOfDay(settings.zone()).toInstant()).entrySet()) {
            List<TrackPoint> points = entry.getValue();
            if (points.isEmpty()) {
                continue;
            }
            Coordinate[] mercator = points.stream()
                    .map(p -> new Coordinate(WebMercator.xMetres(p.lon()), WebMercator.yMetres(p.lat())))
                    .toArray(Coordinate[]::new);
            Geometry geometry = mercator.length == 1 ? geometries.createPoint(mercator[0]) : geometries.createLineString(mercator);
            Patrol patrol = entry.getKey();
            lines.add(new Line(patrol.id(), patrol.worker(), patrol.scopeCode(), !patrol.isEnded(), geometry));
        }
        return List.copyOf(lines);
    }
}
