package cn.luodian.bench;

import cn.luodian.geo.index.AreaIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Envelope;

/**
 * Seeded random WGS-84 query points inside the data: uniform over the districts' bounding box, kept
 * when some district contains them. Same batch and seed, same points, in every benchmark and check.
 */
public final class QueryPoints {
    /** The points every benchmark uses. */
    public static final long BENCHMARK_SEED = 42;
    /** The points the agreement check uses: a different draw. */
    public static final long AGREEMENT_SEED = 4242;

    private QueryPoints() {
    }

    /** {@code count} points as {lon, lat} pairs. */
    public static double[][] inside(LayerBatch batch, int count, long seed) {
        List<AdminArea> districts = batch.features(Layer.ADMIN, AdminArea.class).stream()
                .filter(a -> a.level() == AdminLevel.DISTRICT).toList();
        AreaIndex<AdminArea> index = new AreaIndex<>(districts, AdminArea::geometry);
        Envelope box = new Envelope();
        districts.forEach(d -> box.expandToInclude(d.geometry().getEnvelopeInternal()));
        Random random = new Random(seed);
        double[][] points = new double[count][];
        for (int i = 0; i < count; ) {
            double lon = box.getMinX() + random.nextDouble() * box.getWidth();
            double lat = box.getMinY() + random.nextDouble() * box.getHeight();
            if (index.find(lon, lat).isPresent()) {
                points[i++] = new double[] {lon, lat};
            }
        }
        return points;
    }
}
