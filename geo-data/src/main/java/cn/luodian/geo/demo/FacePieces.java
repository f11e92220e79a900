package cn.luodian.geo.demo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Polygon;

/** Connected groups of faces with one owner, for {@link VoronoiPartitioner}. */
final class FacePieces {

    private FacePieces() {
    }

    /** The connected pieces of one owner's faces, as lists of face indexes. */
    static List<List<Integer>> connected(List<Map<Integer, Double>> shared, int[] ownerOfFace, int owner) {
        boolean[] seen = new boolean[ownerOfFace.length];
        List<List<Integer>> pieces = new ArrayList<>();
        for (int start = 0; start < ownerOfFace.length; start++) {
            if (ownerOfFace[start] != owner || seen[start]) {
                continue;
            }
            List<Integer> piece = new ArrayList<>();
            Deque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int face = queue.poll();
                piece.add(face);
                for (int next : shared.get(face).keySet()) {
                    if (!seen[next] && ownerOfFace[next] == owner) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            pieces.add(piece);
        }
        return pieces;
    }

    static double area(List<Polygon> faces, List<Integer> piece) {
        return piece.stream().mapToDouble(f -> faces.get(f).getArea()).sum();
    }

    /** The other owner with the longest boundary shared with the piece, or -1 if none touches it. */
    static int ownerSharingLongestEdge(List<Integer> piece, List<Map<Integer, Double>> shared, int[] ownerOfFace) {
        int own = ownerOfFace[piece.get(0)];
        Map<Integer, Double> lengthByOwner = new TreeMap<>();
        for (int face : piece) {
            for (Map.Entry<Integer, Double> edge : shared.get(face).entrySet()) {
                int other = ownerOfFace[edge.getKey()];
                if (other != own) {
                    lengthByOwner.merge(other, edge.getValue(), Double::sum);
                }
            }
        }
        int best = -1;
        double bestLength = 0;
        for (Map.Entry<Integer, Double> entry : lengthByOwner.entrySet()) {
            if (entry.getValue() > bestLength) {
                best = entry.getKey();
                bestLength = entry.getValue();
            }
        }
        return best;
    }
}
