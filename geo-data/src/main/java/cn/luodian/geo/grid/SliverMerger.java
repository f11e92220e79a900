package cn.luodian.geo.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

/**
 * Merges the small pieces a village boundary cuts off lattice squares into the neighbouring piece
 * of the same village that shares the longest edge with them: a grid worker cannot patrol a cell of
 * a few square metres, and its neighbour is the cell the sliver visibly belongs to.
 */
final class SliverMerger {

    private SliverMerger() {
    }

    /**
     * Merges, smallest first, every piece below {@code minAreaM2} that has a neighbour; a merged
     * piece keeps its receiver's lattice square. A piece with no neighbour (a tiny village, or an
     * island part of one) stays as it is.
     */
    static List<LatticePiece> merge(List<LatticePiece> pieces, double minAreaM2) {
        List<LatticePiece> current = new ArrayList<>(pieces);
        List<Map<Integer, Double>> shared = FaceAdjacency.sharedEdgeLengths(
                current.stream().map(LatticePiece::polygon).toList());
        boolean[] gone = new boolean[current.size()];
        boolean[] stuck = new boolean[current.size()];
        while (true) {
            int sliver = smallestSliver(current, gone, stuck, minAreaM2);
            if (sliver < 0) {
                break;
            }
            int receiver = longestSharedEdge(shared.get(sliver), gone);
            Polygon merged = receiver < 0 ? null : union(current.get(receiver).polygon(), current.get(sliver).polygon());
            if (merged == null) {
                stuck[sliver] = true;
                continue;
            }
            current.set(receiver, current.get(receiver).withPolygon(merged));
            gone[sliver] = true;
            for (Map.Entry<Integer, Double> edge : shared.get(sliver).entrySet()) {
                int other = edge.getKey();
                if (other != receiver && !gone[other]) {
                    shared.get(receiver).merge(other, edge.getValue(), Double::sum);
                    shared.get(other).merge(receiver, edge.getValue(), Double::sum);
                }
            }
            shared.get(receiver).remove(sliver);
        }
        List<LatticePiece> kept = new ArrayList<>();
        for (int i = 0; i < current.size(); i++) {
            if (!gone[i]) {
                kept.add(current.get(i));
            }
        }
        return kept;
    }

    private static int smallestSliver(List<LatticePiece> pieces, boolean[] gone, boolean[] stuck, double minAreaM2) {
        int smallest = -1;
        for (int i = 0; i < pieces.size(); i++) {
            if (!gone[i] && !stuck[i] && pieces.get(i).areaM2() < minAreaM2
                    && (smallest < 0 || pieces.get(i).areaM2() < pieces.get(smallest).areaM2())) {
                smallest = i;
            }
        }
        return smallest;
    }

    private static int longestSharedEdge(Map<Integer, Double> neighbours, boolean[] gone) {
        int best = -1;
        double bestLength = 0;
        for (Map.Entry<Integer, Double> edge : neighbours.entrySet()) {
            if (!gone[edge.getKey()] && edge.getValue() > bestLength) {
                best = edge.getKey();
                bestLength = edge.getValue();
            }
        }
        return best;
    }

    /** The union of two pieces that share an edge, or null if it is not one polygon. */
    private static Polygon union(Polygon a, Polygon b) {
        GeometryFactory factory = a.getFactory();
        Geometry union = CoverageUnion.union(factory.createGeometryCollection(new Geometry[] {a, b}));
        return union instanceof Polygon polygon ? CanonicalPolygons.canonical(polygon) : null;
    }
}
