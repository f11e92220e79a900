package cn.luodian.geo.component;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The line and polygon components of one 小类 in metric coordinates, in an STRtree: a lookup takes
 * those whose envelope comes within the radius and measures the distance to the geometry itself
 * (0 inside a polygon, as JTS measures it).
 */
final class ShapeTree {
    private static final GeometryFactory FACTORY = new GeometryFactory();

    private record Shape(Geometry metric, int id) {
    }

    private final STRtree tree;

    private ShapeTree(STRtree tree) {
        this.tree = tree;
    }

    void within(double x, double y, double radiusMetres, NearestComponentIndex.Hit hit) {
        Envelope search = new Envelope(x - radiusMetres, x + radiusMetres, y - radiusMetres, y + radiusMetres);
        Point point = FACTORY.createPoint(new Coordinate(x, y));
        tree.query(search, item -> {
            Shape shape = (Shape) item;
            double distance = shape.metric.distance(point);
            if (distance <= radiusMetres) {
                hit.accept(shape.id, distance);
            }
        });
    }

    static final class Builder {
        private final STRtree tree = new STRtree();

        void add(Geometry metric, int id) {
            tree.insert(metric.getEnvelopeInternal(), new Shape(metric, id));
        }

        ShapeTree build() {
            tree.build();
            return new ShapeTree(tree);
        }
    }
}
