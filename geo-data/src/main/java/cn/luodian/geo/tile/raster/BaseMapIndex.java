package cn.luodian.geo.tile.raster;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import cn.luodian.geo.tile.MercatorGeometry;
import cn.luodian.geo.tile.PointShift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The reference layers as the base map draws them: projected once to Web Mercator metres, cut into
 * pieces and held in STR-trees. Build one per reference snapshot; immutable and safe to share
 * between threads once built (every tree is built in the constructor, before any query).
 */
public final class BaseMapIndex {
    private final STRtree land = new STRtree();
    private final STRtree waterAreas = new STRtree();
    private final STRtree waterLines = new STRtree();
    private final STRtree roads = new STRtree();
    private final STRtree buildings = new STRtree();
    private final STRtree labels = new STRtree();
    private final Map<AdminLevel, STRtree> boundaries = new EnumMap<>(AdminLevel.class);
    private final Envelope dataBoundsMetres = new Envelope();
    private final boolean hasAdminAreas;

    private BaseMapIndex(Collection<? extends ReferenceFeature> features) {
        GeometryFactory factory = new GeometryFactory();
        List<AdminArea> admin = new ArrayList<>();
        for (ReferenceFeature feature : features) {
            Geometry metres = MercatorGeometry.of(feature.geometry(), PointShift.NONE);
            if (feature instanceof AdminArea) {
                AdminArea area = (AdminArea) feature;
                admin.add(new AdminArea(area.code(), area.name(), area.level(), area.parentCode(), metres));
                addAreaLabel(labelKind(area.level()), area.name(), metres, area.code());
            } else if (feature instanceof Road) {
                addRoad((Road) feature, metres, factory);
            } else if (feature instanceof Waterway) {
                addWaterway((Waterway) feature, metres, factory);
            } else if (feature instanceof Landmark) {
                addLandmark((Landmark) feature, metres);
            } else {
                continue; // grid cells are not part of the base map
            }
            dataBoundsMetres.expandToInclude(metres.getEnvelopeInternal());
        }
        hasAdminAreas = !admin.isEmpty();
        AdminLevel top = admin.stream().map(AdminArea::level).min(Enum::compareTo).orElse(AdminLevel.DISTRICT);
        for (AdminArea area : admin) {
            if (area.level() == top) {
                land.insert(area.geometry().getEnvelopeInternal(), area.geometry());
            }
        }
        SharedBoundaries.of(admin, factory).forEach((level, lines) -> {
            STRtree tree = new STRtree();
            for (LineString line : lines) {
                for (Piece<AdminLevel> piece : MercatorShapes.pieces(line, level, factory)) {
                    tree.insert(piece.geometryMetres().getEnvelopeInternal(), piece);
                }
            }
            tree.build();
            boundaries.put(level, tree);
        });
        for (STRtree tree : List.of(land, waterAreas, waterLines, roads, buildings, labels)) {
            tree.build();
        }
    }

    /** All layers of a snapshot (grid cells are ignored). */
    public static BaseMapIndex build(LayerBatch layers) {
        List<ReferenceFeature> features = new ArrayList<>();
        for (Layer layer : layers.layers()) {
            features.addAll(layers.features(layer));
        }
        return new BaseMapIndex(features);
    }

    /** Hand-picked features in WGS-84 (tests, small maps). */
    public static BaseMapIndex of(Collection<? extends ReferenceFeature> features) {
        return new BaseMapIndex(features);
    }

    /** Everything drawn, in Mercator metres; null envelope when there is nothing. */
    public Envelope dataBoundsMetres() {
        return new Envelope(dataBoundsMetres);
    }

    /** Without admin areas there is no edge of the data to show: the whole map is land. */
    boolean hasAdminAreas() {
        return hasAdminAreas;
    }

    @SuppressWarnings("unchecked")
    List<Geometry> land(Envelope near) {
        return land.query(near);
    }

    @SuppressWarnings("unchecked")
    List<Geometry> waterAreas(Envelope near) {
        return waterAreas.query(near);
    }

    @SuppressWarnings("unchecked")
    List<Geometry> buildings(Envelope near) {
        return buildings.query(near);
    }

    @SuppressWarnings("unchecked")
    List<Piece<WaterwayClass>> waterLines(Envelope near) {
        return waterLines.query(near);
    }

    @SuppressWarnings("unchecked")
    List<Piece<RoadClass>> roads(Envelope near) {
        return roads.query(near);
    }

    @SuppressWarnings("unchecked")
    List<Piece<AdminLevel>> boundaries(AdminLevel level, Envelope near) {
        STRtree tree = boundaries.get(level);
        return tree == null ? List.of() : tree.query(near);
    }

    @SuppressWarnings("unchecked")
    List<LabelSource> labels(Envelope near) {
        return labels.query(near);
    }

    private void addRoad(Road road, Geometry metres, GeometryFactory factory) {
        int part = 0;
        for (LineString line : MercatorShapes.lines(metres)) {
            for (Piece<RoadClass> piece : MercatorShapes.pieces(line, road.roadClass(), factory)) {
                roads.insert(piece.geometryMetres().getEnvelopeInternal(), piece);
            }
            if (road.isNamed()) {
                LabelKind kind = BaseMapStyle.isMajor(road.roadClass()) ? LabelKind.MAJOR_ROAD : LabelKind.MINOR_ROAD;
                addLabel(new LabelSource(kind, road.name(), line, -line.getLength(), road.name() + "#" + part++));
            }
        }
    }

    private void addWaterway(Waterway waterway, Geometry metres, GeometryFactory factory) {
        if (metres instanceof Polygonal) {
            waterAreas.insert(metres.getEnvelopeInternal(), metres);
            if (waterway.isNamed()) {
                addAreaLabel(LabelKind.WATER_AREA, waterway.name(), metres, waterway.name());
            }
            return;
        }
        boolean major = waterway.waterwayClass() == WaterwayClass.RIVER || waterway.waterwayClass() == WaterwayClass.CANAL;
        int part = 0;
        for (LineString line : MercatorShapes.lines(metres)) {
            for (Piece<WaterwayClass> piece : MercatorShapes.pieces(line, waterway.waterwayClass(), factory)) {
                waterLines.insert(piece.geometryMetres().getEnvelopeInternal(), piece);
            }
            if (waterway.isNamed()) {
                LabelKind kind = major ? LabelKind.MAJOR_WATERWAY : LabelKind.MINOR_WATERWAY;
                addLabel(new LabelSource(kind, waterway.name(), line, -line.getLength(), waterway.name() + "#" + part++));
            }
        }
    }

    private void addLandmark(Landmark landmark, Geometry metres) {
        if (metres instanceof Polygonal) {
            buildings.insert(metres.getEnvelopeInternal(), metres);
        }
        addLabel(new LabelSource(LabelKind.LANDMARK, landmark.name(), MercatorShapes.labelPoint(metres),
                -metres.getArea(), landmark.name()));
    }

    private void addAreaLabel(LabelKind kind, String name, Geometry metres, String key) {
        if (!name.isBlank()) {
            addLabel(new LabelSource(kind, name, MercatorShapes.labelPoint(metres), -metres.getArea(), key));
        }
    }

    private void addLabel(LabelSource source) {
        labels.insert(source.geometryMetres().getEnvelopeInternal(), source);
    }

    private static LabelKind labelKind(AdminLevel level) {
        switch (level) {
            case DISTRICT:
                return LabelKind.DISTRICT;
            case TOWNSHIP:
                return LabelKind.TOWNSHIP;
            default:
                return LabelKind.VILLAGE;
        }
    }
}
