package cn.luodian.api.layers;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/** How each reference layer maps to its table: the columns besides {@code geom}, both ways. */
enum LayerTable {
    ADMIN(Layer.ADMIN, "admin_area", List.of("code", "name", "level", "parent_code")),
    GRID(Layer.GRID, "grid_cell", List.of("code", "village_code")),
    ROADS(Layer.ROADS, "road", List.of("name", "road_class", "ref")),
    WATERWAYS(Layer.WATERWAYS, "waterway", List.of("name", "waterway_class")),
    LANDMARKS(Layer.LANDMARKS, "landmark", List.of("name", "landmark_type"));

    final Layer layer;
    final String table;
    final List<String> columns;

    LayerTable(Layer layer, String table, List<String> columns) {
        this.layer = layer;
        this.table = table;
        this.columns = columns;
    }

    static LayerTable of(Layer layer) {
        return valueOf(layer.name());
    }

    /** Column values in {@link #columns} order. */
    Object[] values(ReferenceFeature feature) {
        // Java 17 has no pattern switch; the sealed interface keeps this list complete.
        if (feature instanceof AdminArea a) {
            return new Object[] {a.code(), a.name(), a.level().id(), a.parentCode()};
        } else if (feature instanceof GridCell g) {
            return new Object[] {g.code(), g.villageCode()};
        } else if (feature instanceof Road r) {
            return new Object[] {r.name(), r.roadClass().id(), r.ref()};
        } else if (feature instanceof Waterway w) {
            return new Object[] {w.name(), w.waterwayClass().id()};
        } else if (feature instanceof Landmark l) {
            return new Object[] {l.name(), l.type().id()};
        }
        throw new IllegalArgumentException("未知的要素类型 " + feature.getClass());
    }

    boolean isKeyed() {
        return this == ADMIN || this == GRID;
    }

    /** The key a feature is unique by within its layer, or null for layers keyed by row id. */
    String key(ReferenceFeature feature) {
        if (feature instanceof AdminArea a) {
            return a.code();
        }
        return feature instanceof GridCell g ? g.code() : null;
    }

    ReferenceFeature map(ResultSet rs, Geometry geometry) throws SQLException {
        return switch (this) {
            case ADMIN -> new AdminArea(rs.getString("code"), rs.getString("name"),
                    AdminLevel.parse(rs.getString("level")), rs.getString("parent_code"), geometry);
            case GRID -> new GridCell(rs.getString("code"), rs.getString("village_code"), geometry);
            case ROADS -> new Road(rs.getString("name"), RoadClass.parse(rs.getString("road_class")),
                    rs.getString("ref"), geometry);
            case WATERWAYS -> new Waterway(rs.getString("name"), WaterwayClass.parse(rs.getString("waterway_class")), geometry);
            case LANDMARKS -> new Landmark(rs.getString("name"), LandmarkType.parse(rs.getString("landmark_type")), geometry);
        };
    }

    /** ORDER BY that makes reads deterministic. */
    String orderBy() {
        return switch (this) {
            case ADMIN, GRID -> "code";
            default -> "id";
        };
    }
}
