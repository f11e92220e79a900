package cn.luodian.bench.postgis;

import cn.luodian.bench.QueryPoints;
import cn.luodian.bench.Regions;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.index.NearestFeatureIndex;
import cn.luodian.geo.index.Snap;
import cn.luodian.geo.layer.LayerBatch;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/**
 * Not timed: for N seeded random points (a different draw from the benchmarks'), do Luodian and
 * PostGIS name the same nearest road and waterway, at the same distance? A different feature at a
 * distance within the tolerance is a tie, not a disagreement. Also reports how far PostGIS's
 * projection of the query point (PROJ) is from Luodian's (GeoTools).
 * Usage: {@code AgreementCheck [jdbc-url] region [points]} (default 10,000 points).
 */
public final class AgreementCheck {
    static final double TOLERANCE_METRES = 0.01;
    /** Luodian without a distance cap: PostGIS's LIMIT 1 has none either. */
    private static final double UNLIMITED_METRES = 1e9;

    private AgreementCheck() {
    }

    private static final class Tally {
        final String layer;
        int same;
        int ties;
        int disagreements;
        double maxDifferenceMetres;

        Tally(String layer) {
            this.layer = layer;
        }

        <T> void add(Snap<T> luodian, Map<T, Integer> ids, int postgisId, String postgisName, double postgisMetres,
                     double lon, double lat) {
            double difference = Math.abs(luodian.distanceMetres() - postgisMetres);
            maxDifferenceMetres = Math.max(maxDifferenceMetres, difference);
            if (ids.get(luodian.feature()) == postgisId && difference <= TOLERANCE_METRES) {
                same++;
            } else if (difference <= TOLERANCE_METRES) {
                if (++ties <= 10) {
                    System.out.printf("  %s tie at %.9f,%.9f: Luodian #%d %.9f m, PostGIS #%d %s %.9f m (difference %.1e m)%n",
                            layer, lon, lat, ids.get(luodian.feature()), luodian.distanceMetres(), postgisId, postgisName,
                            postgisMetres, luodian.distanceMetres() - postgisMetres);
                }
            } else {
                if (++disagreements <= 10) {
                    System.out.printf("  %s disagreement at %.7f,%.7f: Luodian #%d %.3f m, PostGIS #%d %s %.3f m%n", layer,
                            lon, lat, ids.get(luodian.feature()), luodian.distanceMetres(), postgisId, postgisName, postgisMetres);
                }
            }
        }

        String line(int points) {
            return String.format("%-9s same feature %d, equally distant other feature (tie) %d, disagreements %d of %d;"
                    + " max |distance difference| %.2e m", layer, same, ties, disagreements, points, maxDifferenceMetres);
        }
    }

    public static void main(String[] args) throws Exception {
        List<String> rest = List.of(args).stream().filter(a -> !a.startsWith("jdbc:")).toList();
        String url = List.of(args).stream().filter(a -> a.startsWith("jdbc:")).findFirst().orElseGet(PostgisLoad::defaultUrl);
        String region = rest.isEmpty() ? Regions.BEIJING : rest.get(0);
        int count = rest.size() > 1 ? Integer.parseInt(rest.get(1)) : 10_000;

        LayerBatch batch = Regions.load(region);
        ReferenceIndex index = ReferenceIndex.build(batch);
        NamedFeatures named = NamedFeatures.of(batch);
        var roadIds = NamedFeatures.ids(named.roads());
        var waterwayIds = NamedFeatures.ids(named.waterways());
        double[][] points = QueryPoints.inside(batch, count, QueryPoints.AGREEMENT_SEED);
        Tally roads = new Tally("road");
        Tally waterways = new Tally("waterway");
        double maxProjectionMetres = 0;
        try (PostgisNearest postgis = new PostgisNearest(url, region)) {
            System.out.print(postgis.explain(points[0][0], points[0][1]));
            for (double[] p : points) {
                Coordinate m = index.projection().toMetric(p[0], p[1]);
                PostgisNearest.Answer answer = postgis.nearest(p[0], p[1]);
                maxProjectionMetres = Math.max(maxProjectionMetres, Math.hypot(answer.x() - m.x, answer.y() - m.y));
                roads.add(nearest(index.namedRoads(), m), roadIds, answer.roadId(), answer.roadName(),
                        answer.roadMetres(), p[0], p[1]);
                waterways.add(nearest(index.namedWaterways(), m), waterwayIds, answer.waterwayId(), answer.waterwayName(),
                        answer.waterwayMetres(), p[0], p[1]);
            }
        }
        System.out.printf("agreement %s, %d points, tolerance %.2f m:%n", region, count, TOLERANCE_METRES);
        System.out.println(roads.line(count));
        System.out.println(waterways.line(count));
        System.out.printf("query point: PostGIS (PROJ) vs Luodian (GeoTools) projection differ by at most %.2e m%n",
                maxProjectionMetres);
    }

    private static <T> Snap<T> nearest(NearestFeatureIndex<T> index, Coordinate m) {
        return index.nearest(m.x, m.y, UNLIMITED_METRES).orElseThrow();
    }
}
