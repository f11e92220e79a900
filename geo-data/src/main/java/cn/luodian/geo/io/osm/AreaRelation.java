package cn.luodian.geo.io.osm;

import java.util.List;

/** A relation kept in the first pass: an admin boundary or a named water or building multipolygon. */
record AreaRelation(long id, Kind kind, OsmTags tags, List<OsmMember> wayMembers) {

    enum Kind { ADMIN, WATER, BUILDING }

    AreaRelation {
        wayMembers = List.copyOf(wayMembers);
    }

    String element() {
        return ExtractReport.describe("relation", id, tags.name());
    }
}
