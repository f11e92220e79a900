package cn.luodian.bench.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/**
 * Random-walk polylines inside the outline: a start, a heading and a few steps that turn a little at
 * each vertex. A walk stops early at the outline and is redrawn if that leaves fewer than two points.
 */
final class Walks {
    private final SeedField field;

    Walks(SeedField field) {
        this.field = field;
    }

    /**
     * @param vertices          how many points the walk tries to have
     * @param stepMetres        length of each step
     * @param maxTurnDegrees    the heading changes by up to this much at each vertex
     */
    List<Coordinate> walk(Coordinate start, double headingRadians, int vertices, double stepMetres,
                          double maxTurnDegrees, Random random) {
        List<Coordinate> points = new ArrayList<>(vertices);
        points.add(start);
        double heading = headingRadians;
        Coordinate at = start;
        for (int i = 1; i < vertices; i++) {
            heading += Math.toRadians((random.nextDouble() * 2 - 1) * maxTurnDegrees);
            Coordinate next = new Coordinate(at.x + Math.cos(heading) * stepMetres, at.y + Math.sin(heading) * stepMetres);
            if (!field.contains(next)) {
                break;
            }
            points.add(next);
            at = next;
        }
        return points;
    }

    /** A closed ring around the centre, radius varying slowly by up to ±{@code wobble}. */
    List<Coordinate> ring(double radiusMetres, double wobble, double spacingMetres, Random random) {
        int vertices = Math.max(16, (int) (2 * Math.PI * radiusMetres / spacingMetres));
        double phase1 = random.nextDouble() * 2 * Math.PI;
        double phase2 = random.nextDouble() * 2 * Math.PI;
        List<Coordinate> points = new ArrayList<>(vertices + 1);
        Coordinate c = field.centre();
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double r = radiusMetres * (1 + wobble * (0.6 * Math.sin(2 * angle + phase1) + 0.4 * Math.sin(5 * angle + phase2)));
            points.add(new Coordinate(c.x + r * Math.cos(angle), c.y + r * Math.sin(angle)));
        }
        points.add(new Coordinate(points.get(0)));
        return points;
    }
}
