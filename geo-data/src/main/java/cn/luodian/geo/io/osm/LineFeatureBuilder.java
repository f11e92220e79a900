package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.osm.OsmGeometries.UnusableGeometryException;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.Waterway;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.operation.linemerge.LineMerger;

/**
 * Roads and waterway lines. OSM cuts a named road or river into many ways (at every bridge or
 * change of lanes); ways with the same name, class and ref are merged where they meet end to end,
 * so that 北运河 is one feature, not a dozen. Unnamed ways are not merged: sharing "no name" says
 * nothing about being the same road.
 */
final class LineFeatureBuilder {
    private final OsmGeometries geometries;
    private final ExtractReport report;

    LineFeatureBuilder(OsmGeometries geometries, ExtractReport report) {
        this.geometries = geometries;
        this.report = report;
    }

    List<Road> roads(List<KeptWay> ways) {
        List<Road> roads = new ArrayList<>();
        for (LineGroup group : mergedLines(ways, KeptWay.Use.ROAD)) {
            KeptWay way = group.first();
            for (LineString line : group.lines()) {
                roads.add(new Road(way.name(), RoadClass.parse(way.featureClass()), way.ref(), line));
            }
        }
        return roads;
    }

    List<Waterway> waterways(List<KeptWay> ways) {
        List<Waterway> waterways = new ArrayList<>();
        for (LineGroup group : mergedLines(ways, KeptWay.Use.WATERWAY)) {
            KeptWay way = group.first();
            for (LineString line : group.lines()) {
                waterways.add(new Waterway(way.name(), WaterwayClass.parse(way.featureClass()), line));
            }
        }
        return waterways;
    }

    /** Ways that become the same feature, named by the first of them, and their lines. */
    private record LineGroup(KeptWay first, List<LineString> lines) {
    }

    /** Groups in file order of their first way; the lines of a named group merged end to end. */
    private List<LineGroup> mergedLines(List<KeptWay> ways, KeptWay.Use use) {
        Map<String, LineGroup> groups = new LinkedHashMap<>();
        for (KeptWay way : ways) {
            if (way.use() != use) {
                continue;
            }
            try {
                LineString line = geometries.line(way.nodeIds());
                String key = way.name().isEmpty() ? "way " + way.id()
                        : String.join("\u0000", way.name(), way.featureClass(), way.ref());
                groups.computeIfAbsent(key, k -> new LineGroup(way, new ArrayList<>())).lines().add(line);
            } catch (UnusableGeometryException e) {
                report.skip(way.element(), e.getMessage());
            }
        }
        return groups.values().stream()
                .map(g -> g.lines().size() == 1 ? g : new LineGroup(g.first(), merge(g.lines())))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static List<LineString> merge(List<LineString> lines) {
        LineMerger merger = new LineMerger();
        lines.forEach(merger::add);
        return List.copyOf((Collection<LineString>) merger.getMergedLineStrings());
    }
}
