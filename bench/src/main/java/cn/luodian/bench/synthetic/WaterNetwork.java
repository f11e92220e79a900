package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Named waterways (metric): a few long meandering rivers, many short streams and ditches of 4–15
 * vertices (pieces of 60–250 m), and lakes as irregular polygons of 16–40 vertices.
 */
final class WaterNetwork {
    private static final int RIVERS = 6;

    private WaterNetwork() {
    }

    static List<Waterway> build(SyntheticScale scale, SeedField field, Random random, GeometryFactory factory) {
        Walks walks = new Walks(field);
        SyntheticNames names = new SyntheticNames(random);
        List<Waterway> waterways = new ArrayList<>(scale.waterways() + scale.lakes());
        for (int i = 0; i < RIVERS && waterways.size() < scale.waterways(); i++) {
            List<Coordinate> line = walks.walk(field.next(random, 0, 1), random.nextDouble() * 2 * Math.PI, 3_000, 120, 15, random);
            if (line.size() >= 2) {
                waterways.add(line(names.next("河"), WaterwayClass.RIVER, line, factory));
            }
        }
        while (waterways.size() < scale.waterways()) {
            List<Coordinate> line = walks.walk(field.next(random, 0.2, 2), random.nextDouble() * 2 * Math.PI,
                    4 + random.nextInt(12), 60 + random.nextDouble() * 190, 30, random);
            if (line.size() >= 2) {
                WaterwayClass waterwayClass = switch (random.nextInt(4)) {
                    case 0 -> WaterwayClass.STREAM;
                    case 1 -> WaterwayClass.CANAL;
                    default -> WaterwayClass.DITCH;
                };
                waterways.add(line(names.next("河", "沟", "渠", "排水沟", "支渠"), waterwayClass, line, factory));
            }
        }
        for (int i = 0; i < scale.lakes(); i++) {
            waterways.add(new Waterway(names.next("湖", "水库", "坑塘"), WaterwayClass.WATER,
                    factory.createPolygon(lake(field, random))));
        }
        return waterways;
    }

    /** A star-shaped ring: every vertex at a positive radius, angles increasing, so always valid. */
    private static Coordinate[] lake(SeedField field, Random random) {
        while (true) {
            Coordinate centre = field.next(random, 0.3, 2);
            double radius = 80 + random.nextDouble() * 700;
            int vertices = 16 + random.nextInt(25);
            Coordinate[] ring = new Coordinate[vertices + 1];
            boolean inside = true;
            for (int i = 0; i < vertices; i++) {
                double angle = 2 * Math.PI * i / vertices;
                double r = radius * (0.7 + 0.3 * random.nextDouble());
                ring[i] = new Coordinate(centre.x + r * Math.cos(angle), centre.y + r * Math.sin(angle));
                inside &= field.contains(ring[i]);
            }
            ring[vertices] = new Coordinate(ring[0]);
            if (inside) {
                return ring;
            }
        }
    }

    private static Waterway line(String name, WaterwayClass waterwayClass, List<Coordinate> points, GeometryFactory factory) {
        return new Waterway(name, waterwayClass, factory.createLineString(points.toArray(Coordinate[]::new)));
    }
}
