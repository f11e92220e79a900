package cn.luodian.geo.io.osm;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Pass 1: the relations that become areas (admin boundaries, named water and building
 * multipolygons), and the ids of their member ways, which pass 2 must keep.
 */
final class RelationCollector implements OsmHandler {
    private final ExtractReport report;
    private final List<AreaRelation> relations = new ArrayList<>();
    private final Set<Long> memberWayIds = new HashSet<>();

    RelationCollector(ExtractReport report) {
        this.report = report;
    }

    @Override
    public boolean wantsNodes() {
        return false;
    }

    @Override
    public boolean wantsWays() {
        return false;
    }

    @Override
    public boolean wantsRelations() {
        return true;
    }

    @Override
    public void relation(long id, List<OsmMember> members, OsmTags tags) {
        AreaRelation.Kind kind = kindOf(tags);
        if (kind == null) {
            return;
        }
        List<OsmMember> ways = members.stream().filter(m -> m.type() == OsmMember.Type.WAY).toList();
        relations.add(new AreaRelation(id, kind, tags, ways));
        ways.forEach(m -> memberWayIds.add(m.id()));
    }

    private AreaRelation.Kind kindOf(OsmTags tags) {
        if (OsmFeatureRules.adminLevel(tags).isPresent()) {
            return AreaRelation.Kind.ADMIN;
        }
        if (!OsmFeatureRules.isMultipolygon(tags)) {
            return null;
        }
        if (OsmFeatureRules.isWaterArea(tags)) {
            if (tags.name().isEmpty()) {
                report.unnamedWaterAreaDropped();
                return null;
            }
            return AreaRelation.Kind.WATER;
        }
        // Unnamed buildings are the bulk of any extract and name nothing: not worth a report line.
        return OsmFeatureRules.isBuilding(tags) && !tags.name().isEmpty() ? AreaRelation.Kind.BUILDING : null;
    }

    List<AreaRelation> relations() {
        return List.copyOf(relations);
    }

    Set<Long> memberWayIds() {
        return Set.copyOf(memberWayIds);
    }
}
