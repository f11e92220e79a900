package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.osm.OsmGeometries.UnusableGeometryException;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.TopologyException;

/** Named water areas and named buildings, from closed ways and from multipolygon relations. */
final class AreaFeatureBuilder {
    private final OsmGeometries geometries;
    private final MultipolygonAssembler assembler;
    private final ExtractReport report;

    AreaFeatureBuilder(OsmGeometries geometries, MultipolygonAssembler assembler, ExtractReport report) {
        this.geometries = geometries;
        this.assembler = assembler;
        this.report = report;
    }

    List<Waterway> waterAreas(List<KeptWay> ways, List<AreaRelation> relations) {
        List<Waterway> areas = new ArrayList<>();
        for (KeptWay way : ways) {
            if (way.use() == KeptWay.Use.WATER_AREA) {
                Geometry area = fromWay(way);
                if (area != null) {
                    areas.add(new Waterway(way.name(), WaterwayClass.WATER, area));
                }
            }
        }
        for (AreaRelation relation : relations) {
            if (relation.kind() == AreaRelation.Kind.WATER) {
                Geometry area = fromRelation(relation);
                if (area != null) {
                    areas.add(new Waterway(relation.tags().name(), WaterwayClass.WATER, area));
                }
            }
        }
        return areas;
    }

    List<Landmark> buildings(List<KeptWay> ways, List<AreaRelation> relations) {
        List<Landmark> buildings = new ArrayList<>();
        for (KeptWay way : ways) {
            if (way.use() == KeptWay.Use.BUILDING) {
                Geometry area = fromWay(way);
                if (area != null) {
                    buildings.add(new Landmark(way.name(), LandmarkType.BUILDING, area));
                }
            }
        }
        for (AreaRelation relation : relations) {
            if (relation.kind() == AreaRelation.Kind.BUILDING) {
                Geometry area = fromRelation(relation);
                if (area != null) {
                    buildings.add(new Landmark(relation.tags().name(), LandmarkType.BUILDING, area));
                }
            }
        }
        return buildings;
    }

    /** The way's area, or null after reporting why there is none. */
    private Geometry fromWay(KeptWay way) {
        try {
            return geometries.repairedArea(geometries.closedWayPolygon(way.nodeIds()), way.element());
        } catch (UnusableGeometryException e) {
            report.skip(way.element(), e.getMessage());
            return null;
        }
    }

    private Geometry fromRelation(AreaRelation relation) {
        try {
            return assembler.assemble(relation, false);
        } catch (UnusableGeometryException | TopologyException e) {
            report.skip(relation.element(), e.getMessage());
            return null;
        }
    }
}
