package cn.luodian.bench.cases;

import cn.luodian.geo.index.AreaIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import java.util.List;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Seeded case locations inside the district: half uniform over it, half in clusters around the
 * townships' centres (σ about 1.5 km), because reports pile up where people live. Every point lies
 * inside some district area, so the describe engine places each one.
 */
final class CasePoints {
    private static final double SIGMA_LAT_DEGREES = 1500 / 111_000.0;
    private static final double SIGMA_LON_DEGREES = 1500 / 85_000.0; // at 40°N

    private final AreaIndex<AdminArea> districts;
    private final Envelope box = new Envelope();
    private final List<Point> townshipCentres;
    private final SplittableRandom random;

    CasePoints(LayerBatch layers, long seed) {
        List<AdminArea> admin = layers.features(Layer.ADMIN, AdminArea.class);
        List<AdminArea> districtAreas = admin.stream().filter(a -> a.level() == AdminLevel.DISTRICT).toList();
        districts = new AreaIndex<>(districtAreas, AdminArea::geometry);
        districtAreas.forEach(d -> box.expandToInclude(d.geometry().getEnvelopeInternal()));
        townshipCentres = admin.stream().filter(a -> a.level() == AdminLevel.TOWNSHIP)
                .map(a -> a.geometry().getInteriorPoint()).toList();
        random = new SplittableRandom(seed);
    }

    /** The next point as {lon, lat}. */
    double[] next() {
        while (true) {
            double lon;
            double lat;
            if (random.nextBoolean()) {
                lon = box.getMinX() + random.nextDouble() * box.getWidth();
                lat = box.getMinY() + random.nextDouble() * box.getHeight();
            } else {
                Point centre = townshipCentres.get(random.nextInt(townshipCentres.size()));
                lon = centre.getX() + gaussian() * SIGMA_LON_DEGREES;
                lat = centre.getY() + gaussian() * SIGMA_LAT_DEGREES;
            }
            if (districts.find(lon, lat).isPresent()) {
                return new double[] {lon, lat};
            }
        }
    }

    private double gaussian() {
        // Box-Muller: SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
