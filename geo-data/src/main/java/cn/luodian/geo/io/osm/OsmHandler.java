package cn.luodian.geo.io.osm;

import java.util.List;

/**
 * Receives the elements of one pass over a PBF file. A pass names the element kinds it wants so
 * that the decoder does not even unpack the others.
 */
interface OsmHandler {

    boolean wantsNodes();

    boolean wantsWays();

    boolean wantsRelations();

    /** Coordinates in degrees, WGS-84. */
    default void node(long id, double lon, double lat, OsmTags tags) {
    }

    default void way(long id, long[] nodeIds, OsmTags tags) {
    }

    default void relation(long id, List<OsmMember> members, OsmTags tags) {
    }
}
