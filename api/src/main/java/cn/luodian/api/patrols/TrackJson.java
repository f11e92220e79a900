package cn.luodian.api.patrols;

import cn.luodian.geo.patrol.TrackPoint;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A patrol's track as a GeoJSON feature (WGS-84): a LineString of its positions (a Point for one,
 * no geometry for none), the time of each position alongside in {@code properties.times}.
 */
public record TrackJson(String type, Map<String, Object> geometry, Map<String, Object> properties) {

    static TrackJson of(Patrol patrol, List<TrackPoint> points) {
        List<double[]> coordinates = points.stream().map(p -> new double[] {p.lon(), p.lat()}).toList();
        Map<String, Object> geometry = points.isEmpty() ? null : points.size() == 1
                ? Map.of("type", "Point", "coordinates", coordinates.get(0))
                : Map.of("type", "LineString", "coordinates", coordinates);
        List<Instant> times = points.stream().map(TrackPoint::time).toList();
        return new TrackJson("Feature", geometry, Map.of("id", patrol.id(), "worker", patrol.worker(), "times", times));
    }
}
