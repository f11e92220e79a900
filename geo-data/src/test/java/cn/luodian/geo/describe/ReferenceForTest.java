package cn.luodian.geo.describe;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reference layers drawn in EPSG:4548 metres relative to an origin near 漷县 (so distances in a test
 * are exact), converted to WGS-84 as stored data is.
 * <pre>
 *  y=2000 ┌──────────────────────────┬──────────────────────────┐
 *         │ 长凌营村 (W)             │ 李辛庄村 (E)             │   township 漷县镇 = both
 *  y=1200 │   ════ 长凌营环路 ════    │                          │   (x 0..2000 and 2000..4000)
 *         │                          │                          │
 *  y=500  │  ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~ 北运河 ~~~~~~~~~~~~~~~~~│
 *  y=0    └──────────────────────────┴──────────────────────────┘
 *   x=0                          x=2000                     x=4000
 *   landmark 长凌营村委会: a 20 m square at (1000..1020, 1600..1620)
 * </pre>
 */
public final class ReferenceForTest {
    public static final GaussKrugerProjection PROJECTION = GaussKrugerProjection.beijing();
    public static final double ORIGIN_X = 480_000;
    public static final double ORIGIN_Y = 4_400_000;

    private ReferenceForTest() {
    }

    public static Geometry metric(String wkt) {
        try {
            Geometry local = new WKTReader().read(wkt);
            local.apply((org.locationtech.jts.geom.CoordinateFilter) c -> {
                c.x += ORIGIN_X;
                c.y += ORIGIN_Y;
            });
            Geometry lonLat = PROJECTION.toGeographic(local);
            lonLat.setSRID(4326);
            return lonLat;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** WGS-84 lon/lat of a point given in local metres. */
    public static Coordinate lonLat(double x, double y) {
        return PROJECTION.toGeographic(ORIGIN_X + x, ORIGIN_Y + y);
    }

    public static LayerBatch layers() {
        return LayerBatch.builder()
                .add(new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000", metric("POLYGON ((0 0, 4000 0, 4000 2000, 0 2000, 0 0))")))
                .add(new AdminArea("110112106", "漷县镇", AdminLevel.TOWNSHIP, "110112", metric("POLYGON ((0 0, 4000 0, 4000 2000, 0 2000, 0 0))")))
                .add(new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106", metric("POLYGON ((0 0, 2000 0, 2000 2000, 0 2000, 0 0))")))
                .add(new AdminArea("110112106251", "李辛庄村", AdminLevel.VILLAGE, "110112106", metric("POLYGON ((2000 0, 4000 0, 4000 2000, 2000 2000, 2000 0))")))
                .add(new GridCell("110112106213001", "110112106213", metric("POLYGON ((0 1000, 2000 1000, 2000 2000, 0 2000, 0 1000))")))
                .add(new GridCell("110112106213002", "110112106213", metric("POLYGON ((0 0, 2000 0, 2000 1000, 0 1000, 0 0))")))
                .add(new Road("长凌营环路", RoadClass.RESIDENTIAL, "", metric("LINESTRING (200 1200, 1800 1200)")))
                .add(new Road("", RoadClass.TRACK, "", metric("LINESTRING (0 1700, 2000 1700)")))
                .add(new Waterway("北运河", WaterwayClass.RIVER, metric("LINESTRING (-500 500, 4500 500)")))
                .add(new Waterway("", WaterwayClass.DITCH, metric("LINESTRING (0 1000, 4000 1000)")))
                .add(new Landmark("长凌营村委会", LandmarkType.BUILDING, metric("POLYGON ((1000 1600, 1020 1600, 1020 1620, 1000 1620, 1000 1600))")))
                .build();
    }
}
