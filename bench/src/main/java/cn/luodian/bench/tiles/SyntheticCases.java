package cn.luodian.bench.tiles;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.points.CasePoint;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * A year of cases in 通州区 at a chosen count, deterministic (seed 20261122): half spread evenly
 * over the district, half in 12 hot spots (Gaussian, σ about 1.5 km) around village centres, as
 * hotline cases bunch in built-up places. Every point lies inside the district outline of the demo
 * region. Categories, states and urgency follow rough hotline proportions; 8 % are overdue.
 */
public final class SyntheticCases {
    public static final int MILLION = 1_000_000;
    private static final String[] CATEGORIES = {"RX0101", "S0102", "RX0601", "S0502", "RX0301", "S0201", "RX0501",
        "B0103", "RX0401", "S0302"};
    private static final String[] STATES = {"closed", "closed", "closed", "closed", "closed", "closed", "received",
        "registered", "dispatched", "in_progress"};
    private static final long YEAR_START = 1_764_547_200L; // 2025-12-01T00:00:00Z

    private SyntheticCases() {
    }

    public static void generate(int count, Consumer<CasePoint> sink) {
        List<AdminArea> admin = TongzhouDemoRegion.build().layers().features(Layer.ADMIN, AdminArea.class);
        AdminArea district = admin.stream().filter(a -> a.level() == AdminLevel.DISTRICT).findFirst().orElseThrow();
        List<AdminArea> villages = admin.stream().filter(a -> a.level() == AdminLevel.VILLAGE).toList();
        PreparedGeometry inside = PreparedGeometryFactory.prepare(district.geometry());
        Envelope box = district.geometry().getEnvelopeInternal();
        GeometryFactory factory = new GeometryFactory();
        SplittableRandom random = new SplittableRandom(20261122L);
        List<Coordinate> hotSpots = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            hotSpots.add(villages.get(random.nextInt(villages.size())).geometry().getInteriorPoint().getCoordinate());
        }
        double sigmaDegrees = 1500 / 111_000.0;
        int made = 0;
        while (made < count) {
            double lon;
            double lat;
            if (random.nextBoolean()) {
                lon = box.getMinX() + random.nextDouble() * box.getWidth();
                lat = box.getMinY() + random.nextDouble() * box.getHeight();
            } else {
                Coordinate centre = hotSpots.get(random.nextInt(hotSpots.size()));
                lon = centre.x + gaussian(random) * sigmaDegrees / Math.cos(Math.toRadians(centre.y));
                lat = centre.y + gaussian(random) * sigmaDegrees;
            }
            if (!inside.contains(factory.createPoint(new Coordinate(lon, lat)))) {
                continue;
            }
            made++;
            long received = YEAR_START + random.nextLong(365L * 86_400);
            sink.accept(new CasePoint(made, lon, lat, CATEGORIES[random.nextInt(CATEGORIES.length)],
                    STATES[random.nextInt(STATES.length)], random.nextInt(10) == 0 ? "urgent" : "normal", received,
                    random.nextInt(100) < 8, "TZ-" + day(received) + "-%05d".formatted(made % 100_000)));
        }
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller: SplittableRandom has no nextGaussian on Java 17.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    private static String day(long epochSecond) {
        return java.time.LocalDate.ofEpochDay(Math.floorDiv(epochSecond + 8 * 3600, 86_400)).toString().replace("-", "");
    }
}
