package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Named roads (metric): ring roads around the centre, radial expressways, and streets. A street is
 * one named feature of 2–8 vertices (1–7 straight pieces of 60–300 m), mostly on the compass axes
 * like a city grid, denser near the centre.
 */
final class RoadNetwork {
    private static final double[] RING_RADII_IN_SIGMAS = {0.3, 0.5, 0.8, 1.2, 2.0};
    private static final String[] RING_NAMES = {"二环路", "三环路", "四环路", "五环路", "六环路"};
    private static final int RADIALS = 8;
    private static final String[] STREET_SUFFIXES = {"路", "路", "街", "大街", "东路", "西路", "南路", "北路", "胡同", "巷", "大道"};

    private RoadNetwork() {
    }

    static List<Road> build(SyntheticScale scale, SeedField field, Random random, GeometryFactory factory) {
        Walks walks = new Walks(field);
        SyntheticNames names = new SyntheticNames(random);
        List<Road> roads = new ArrayList<>(scale.roads());
        for (int i = 0; i < RING_NAMES.length && roads.size() < scale.roads(); i++) {
            List<Coordinate> ring = walks.ring(RING_RADII_IN_SIGMAS[i] * scale.centreSigmaMetres(), 0.08, 80, random);
            if (ring.stream().allMatch(field::contains)) {
                roads.add(road(RING_NAMES[i], RoadClass.MOTORWAY, ring, factory));
            }
        }
        for (int i = 0; i < RADIALS && roads.size() < scale.roads(); i++) {
            double heading = 2 * Math.PI * (i + random.nextDouble() * 0.5) / RADIALS;
            Coordinate start = new Coordinate(field.centre().x + Math.cos(heading) * 0.3 * scale.centreSigmaMetres(),
                    field.centre().y + Math.sin(heading) * 0.3 * scale.centreSigmaMetres());
            List<Coordinate> line = walks.walk(start, heading, 2_000, 150, 4, random);
            if (line.size() >= 2) {
                roads.add(road(names.next("高速"), RoadClass.MOTORWAY, line, factory));
            }
        }
        while (roads.size() < scale.roads()) {
            Coordinate start = field.next(random, 0.5, 1.3);
            double heading = random.nextDouble() < 0.7
                    ? Math.PI / 2 * random.nextInt(4) + Math.toRadians(random.nextGaussian() * 5)
                    : random.nextDouble() * 2 * Math.PI;
            List<Coordinate> line = walks.walk(start, heading, 2 + random.nextInt(7), 60 + random.nextDouble() * 240, 12, random);
            if (line.size() >= 2) {
                RoadClass roadClass = random.nextDouble() < 0.15 ? RoadClass.TERTIARY : RoadClass.RESIDENTIAL;
                roads.add(road(names.next(STREET_SUFFIXES), roadClass, line, factory));
            }
        }
        return roads;
    }

    private static Road road(String name, RoadClass roadClass, List<Coordinate> points, GeometryFactory factory) {
        return new Road(name, roadClass, "", factory.createLineString(points.toArray(Coordinate[]::new)));
    }
}
