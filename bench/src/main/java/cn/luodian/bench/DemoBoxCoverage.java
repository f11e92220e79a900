package cn.luodian.bench;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The share of the wrk script's box (116.55–116.95E, 39.62–40.02N, points uniform in lon/lat)
 * that lies inside the demo district, i.e. the share of HTTP requests that get a full description;
 * the rest answer "outside the loaded data" after three point-in-area lookups.
 */
public final class DemoBoxCoverage {
    static final Envelope WRK_BOX = new Envelope(116.55, 116.95, 39.62, 40.02);

    private DemoBoxCoverage() {
    }

    public static void main(String[] args) {
        LayerBatch batch = Regions.load(Regions.TONGZHOU);
        Geometry box = new GeometryFactory().toGeometry(WRK_BOX);
        double inside = batch.features(Layer.ADMIN, AdminArea.class).stream()
                .filter(a -> a.level() == AdminLevel.DISTRICT)
                .mapToDouble(a -> a.geometry().intersection(box).getArea()).sum();
        System.out.printf("wrk box %s: %.1f%% inside the demo district, %.1f%% outside coverage%n", WRK_BOX,
                100 * inside / box.getArea(), 100 - 100 * inside / box.getArea());
    }
}
