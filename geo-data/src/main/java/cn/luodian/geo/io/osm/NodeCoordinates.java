package cn.luodian.geo.io.osm;

import java.util.Arrays;
import java.util.BitSet;
import org.locationtech.jts.geom.Coordinate;

/**
 * Coordinates of the nodes the kept ways need, and only those: a sorted array of node ids and two
 * parallel int arrays of 1e-7 degrees (the default PBF granularity, about 1 cm). That is 16 bytes
 * a node, against well over 100 for a map of boxed ids to Coordinate objects; a district
 * extract with a few million referenced nodes stays in the tens of megabytes.
 */
final class NodeCoordinates {
    private static final double E7 = 1e7;

    private final long[] ids;
    private final int[] lonE7;
    private final int[] latE7;
    private final BitSet present;

    private NodeCoordinates(long[] ids) {
        this.ids = ids;
        this.lonE7 = new int[ids.length];
        this.latE7 = new int[ids.length];
        this.present = new BitSet(ids.length);
    }

    /** Stores the node's position if a kept way needs it. */
    void put(long id, double lon, double lat) {
        int index = Arrays.binarySearch(ids, id);
        if (index >= 0) {
            lonE7[index] = (int) Math.round(lon * E7);
            latE7[index] = (int) Math.round(lat * E7);
            present.set(index);
        }
    }

    /** The position of a node, or null when the file does not hold it. */
    Coordinate find(long id) {
        int index = Arrays.binarySearch(ids, id);
        if (index < 0 || !present.get(index)) {
            return null;
        }
        return new Coordinate(lonE7[index] / E7, latE7[index] / E7);
    }

    /** Collects wanted node ids, then sorts and de-duplicates them once. */
    static final class Builder {
        private long[] ids = new long[1024];
        private int size;

        void addAll(long[] nodeIds) {
            if (size + nodeIds.length > ids.length) {
                ids = Arrays.copyOf(ids, Math.max(ids.length * 2, size + nodeIds.length));
            }
            System.arraycopy(nodeIds, 0, ids, size, nodeIds.length);
            size += nodeIds.length;
        }

        /** Sorts in place, so that the peak is this array and the de-duplicated copy, no more. */
        NodeCoordinates build() {
            Arrays.sort(ids, 0, size);
            int unique = 0;
            for (int i = 0; i < size; i++) {
                if (i == 0 || ids[i] != ids[unique - 1]) {
                    ids[unique++] = ids[i];
                }
            }
            long[] wanted = Arrays.copyOf(ids, unique);
            ids = new long[0];
            size = 0;
            return new NodeCoordinates(wanted);
        }
    }
}
