package cn.luodian.geo.component;

import cn.luodian.geo.layer.Road;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.util.LinearComponentExtracter;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Positions along a set of metric road lines, spread evenly over their total length so that about
 * {@code target} of them fall, each moved by a seeded jitter of up to a quarter of the spacing,
 * alternately left and right of the line. The demo inventory places its components from these.
 */
final class RoadsideWalk {
    private static final GeometryFactory METRIC = new GeometryFactory();

    /** Receives one position: its road, the line of the road, the distance along it and the side (1 left, -1 right). */
    @FunctionalInterface
    interface Stop {
        void at(Road road, LineString line, double alongMetres, int side);
    }

    private record RoadLine(Road road, LineString line) {
    }

    private final List<RoadLine> lines = new ArrayList<>();
    private final double spacingMetres;
    private final Random random;

    RoadsideWalk(List<Road> roads, int target, Random random) {
        double total = 0;
        for (Road road : roads) {
            for (Object part : LinearComponentExtracter.getLines(road.geometry())) {
                LineString line = (LineString) part;
                lines.add(new RoadLine(road, line));
                total += line.getLength();
            }
        }
        this.spacingMetres = total / Math.max(1, target);
        this.random = random;
    }

    double spacingMetres() {
        return spacingMetres;
    }

    void forEach(Stop stop) {
        if (spacingMetres <= 0) {
            return;
        }
        double next = random.nextDouble() * spacingMetres;
        int side = 1;
        for (RoadLine roadLine : lines) {
            double length = roadLine.line.getLength();
            for (; next < length; next += spacingMetres) {
                double jitter = (random.nextDouble() - 0.5) * spacingMetres / 2;
                stop.at(roadLine.road, roadLine.line, Math.max(0, Math.min(length, next + jitter)), side);
                side = -side;
            }
            next -= length;
        }
    }

    /** The point {@code alongMetres} along {@code line}, {@code offsetMetres} to its left (negative: right). */
    Geometry point(LineString line, double alongMetres, double offsetMetres) {
        return METRIC.createPoint(new LengthIndexedLine(line).extractPoint(alongMetres, offsetMetres));
    }

    /** The stretch of the line from {@code alongMetres} on, {@code lengthMetres} long, or null where the line ends first. */
    Geometry stretch(LineString line, double alongMetres, double lengthMetres) {
        if (alongMetres + lengthMetres > line.getLength()) {
            return null;
        }
        return new LengthIndexedLine(line).extractLine(alongMetres, alongMetres + lengthMetres);
    }

    /** A {@code widthMetres} × {@code depthMetres} rectangle centred beside the line. */
    Geometry plot(LineString line, double alongMetres, double offsetMetres, double widthMetres, double depthMetres) {
        Coordinate centre = new LengthIndexedLine(line).extractPoint(alongMetres, offsetMetres);
        double w = widthMetres / 2;
        double d = depthMetres / 2;
        return METRIC.createPolygon(new Coordinate[] {
            new Coordinate(centre.x - w, centre.y - d), new Coordinate(centre.x + w, centre.y - d),
            new Coordinate(centre.x + w, centre.y + d), new Coordinate(centre.x - w, centre.y + d),
            new Coordinate(centre.x - w, centre.y - d)});
    }
}
