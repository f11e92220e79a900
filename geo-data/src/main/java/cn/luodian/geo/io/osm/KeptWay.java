package cn.luodian.geo.io.osm;

/**
 * A way kept in pass 2 with only what its feature needs: not its tags, just the use, the name,
 * the class id ("residential", "river"; empty for areas), the ref and the node ids.
 */
record KeptWay(long id, Use use, String name, String featureClass, String ref, long[] nodeIds) {

    enum Use { ROAD, WATERWAY, WATER_AREA, BUILDING }

    String element() {
        return ExtractReport.describe("way", id, name);
    }

    /** Closed by its own node list: an area can be made from this way alone. */
    boolean isClosed() {
        return nodeIds.length >= 4 && nodeIds[0] == nodeIds[nodeIds.length - 1];
    }
}
