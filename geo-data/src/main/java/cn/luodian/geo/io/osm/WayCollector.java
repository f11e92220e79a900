package cn.luodian.geo.io.osm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Pass 2: roads, waterway lines, named water areas and named buildings by their own tags, and the
 * node lists of the member ways that pass 1 asked for. Collects the node ids pass 3 must locate.
 */
final class WayCollector implements OsmHandler {
    private final Set<Long> memberWayIds;
    private final ExtractReport report;
    private final List<KeptWay> kept = new ArrayList<>();
    private final Map<Long, long[]> memberWays = new HashMap<>();
    private final NodeCoordinates.Builder wantedNodes = new NodeCoordinates.Builder();

    WayCollector(Set<Long> memberWayIds, ExtractReport report) {
        this.memberWayIds = memberWayIds;
        this.report = report;
    }

    @Override
    public boolean wantsNodes() {
        return false;
    }

    @Override
    public boolean wantsWays() {
        return true;
    }

    @Override
    public boolean wantsRelations() {
        return false;
    }

    @Override
    public void way(long id, long[] nodeIds, OsmTags tags) {
        if (memberWayIds.contains(id)) {
            memberWays.put(id, nodeIds);
            wantedNodes.addAll(nodeIds);
        }
        KeptWay way = keep(id, nodeIds, tags);
        if (way != null) {
            kept.add(way);
            wantedNodes.addAll(nodeIds);
        }
    }

    private KeptWay keep(long id, long[] nodeIds, OsmTags tags) {
        String name = tags.name();
        var road = OsmFeatureRules.roadClass(tags);
        if (road.isPresent()) {
            return new KeptWay(id, KeptWay.Use.ROAD, name, road.get().id(), tags.stripped("ref"), nodeIds);
        }
        var waterway = OsmFeatureRules.waterwayLineClass(tags);
        if (waterway.isPresent()) {
            return new KeptWay(id, KeptWay.Use.WATERWAY, name, waterway.get().id(), "", nodeIds);
        }
        KeptWay.Use area = OsmFeatureRules.isWaterArea(tags) ? KeptWay.Use.WATER_AREA
                : OsmFeatureRules.isBuilding(tags) ? KeptWay.Use.BUILDING : null;
        if (area == null) {
            return null;
        }
        if (name.isEmpty()) {
            if (area == KeptWay.Use.WATER_AREA && !memberWayIds.contains(id)) {
                report.unnamedWaterAreaDropped();
            }
            return null;
        }
        KeptWay way = new KeptWay(id, area, name, "", "", nodeIds);
        if (!way.isClosed()) {
            // An open way tagged as an area is usually one side of a multipolygon; alone it has no inside.
            if (!memberWayIds.contains(id)) {
                report.skip(way.element(), "tagged as an area but not closed");
            }
            return null;
        }
        return way;
    }

    List<KeptWay> kept() {
        return List.copyOf(kept);
    }

    /** Node ids of each member way pass 1 asked for; ways absent from the file are absent here. */
    Map<Long, long[]> memberWays() {
        return Map.copyOf(memberWays);
    }

    NodeCoordinates wantedNodes() {
        return wantedNodes.build();
    }
}
