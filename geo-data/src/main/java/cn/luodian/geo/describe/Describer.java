package cn.luodian.geo.describe;

import cn.luodian.geo.describe.Description.Coverage;
import cn.luodian.geo.describe.Description.NearFeature;
import cn.luodian.geo.describe.Description.NearLandmark;
import cn.luodian.geo.describe.Description.Place;
import cn.luodian.geo.describe.DescribeOptions.Clause;
import cn.luodian.geo.index.Snap;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;

/**
 * Point → words and places, the way published lists say it. Rural form:
 * {@code {乡镇}{村}距{道路}约{N}米，距{河流}约{M}米}; urban form, when a named landmark is within
 * the configured radius: {@code {乡镇/街道}{道路}{地标}{方位}侧}. All distances in metres of the
 * index's Gauss-Krüger projection. Thread-safe: holds only immutable state.
 */
public final class Describer {
    static final String OUTSIDE_TEXT = "该位置不在已加载的数据范围内";

    private final ReferenceIndex index;
    private final DescribeOptions options;

    public Describer(ReferenceIndex index, DescribeOptions options) {
        this.index = index;
        this.options = options;
    }

    /** Describes a WGS-84 point. */
    public Description describe(double lon, double lat) {
        Coordinate point = new Coordinate(lon, lat);
        Coordinate m;
        try {
            m = index.projection().toMetric(lon, lat);
        } catch (IllegalArgumentException farFromTheZone) {
            // The district's Gauss-Krüger zone cannot carry a point half a world away (lon 0): it is outside.
            return new Description(OUTSIDE_TEXT, point, Coverage.OUTSIDE, null, null, null, null, null, null, null);
        }
        Optional<AdminArea> district = index.admin(AdminLevel.DISTRICT).find(m.x, m.y);
        Optional<AdminArea> township = index.admin(AdminLevel.TOWNSHIP).find(m.x, m.y);
        Optional<AdminArea> village = index.admin(AdminLevel.VILLAGE).find(m.x, m.y);
        if (district.isEmpty() && township.isEmpty() && village.isEmpty()) {
            return new Description(OUTSIDE_TEXT, point, Coverage.OUTSIDE, null, null, null, null, null, null, null);
        }
        String gridCell = index.grid().find(m.x, m.y).map(GridCell::code).orElse(null);
        NearFeature road = options.clauses().contains(Clause.ROAD)
                ? index.namedRoads().nearest(m.x, m.y, options.roadMaxMetres()).map(s -> near(s.feature().name(), s)).orElse(null)
                : null;
        NearFeature waterway = options.clauses().contains(Clause.WATERWAY)
                ? index.namedWaterways().nearest(m.x, m.y, options.waterwayMaxMetres()).map(s -> near(s.feature().name(), s)).orElse(null)
                : null;
        NearLandmark landmark = options.clauses().contains(Clause.LANDMARK)
                ? index.landmarks().nearest(m.x, m.y, options.urbanLandmarkRadiusMetres()).map(s -> landmark(s, m)).orElse(null)
                : null;
        String text = landmark != null
                ? urbanText(township, road, landmark)
                : ruralText(township, village, road, waterway);
        return new Description(text, point, Coverage.INSIDE, place(district), place(township), place(village),
                gridCell, road, waterway, landmark);
    }

    private String ruralText(Optional<AdminArea> township, Optional<AdminArea> village, NearFeature road, NearFeature waterway) {
        StringBuilder text = new StringBuilder();
        township.ifPresent(t -> text.append(t.name()));
        village.ifPresent(v -> text.append(v.name()));
        String separator = "";
        if (road != null) {
            text.append("距").append(road.name()).append("约").append(options.rounded(road.distanceMetres())).append("米");
            separator = options.punctuation().comma();
        }
        if (waterway != null) {
            text.append(separator).append("距").append(waterway.name()).append("约")
                    .append(options.rounded(waterway.distanceMetres())).append("米");
        }
        return text.toString();
    }

    private static String urbanText(Optional<AdminArea> township, NearFeature road, NearLandmark landmark) {
        StringBuilder text = new StringBuilder();
        township.ifPresent(t -> text.append(t.name()));
        if (road != null) {
            text.append(road.name());
        }
        return text.append(landmark.name()).append(landmark.side().text()).toString();
    }

    private NearFeature near(String name, Snap<?> snap) {
        Coordinate nearest = index.projection().toGeographic(snap.nearestPointMetric().x, snap.nearestPointMetric().y);
        return new NearFeature(name, snap.distanceMetres(), nearest);
    }

    /** The side is the direction from the landmark (its centre) to the point. */
    private NearLandmark landmark(Snap<Landmark> snap, Coordinate pointMetric) {
        Coordinate centre = index.metricGeometry(snap.feature()).getCentroid().getCoordinate();
        Side side = Side.of(pointMetric.x - centre.x, pointMetric.y - centre.y);
        return new NearLandmark(snap.feature().name(), side, snap.distanceMetres());
    }

    private static Place place(Optional<AdminArea> area) {
        return area.map(a -> new Place(a.code(), a.name())).orElse(null);
    }
}
