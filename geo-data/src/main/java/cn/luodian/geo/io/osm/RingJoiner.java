package cn.luodian.geo.io.osm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;

/**
 * Joins the member ways of a multipolygon or boundary into closed rings. OSM splits a long
 * boundary into many ways, in any order and direction; two ways belong together where one ends at
 * the point where the other starts or ends.
 */
final class RingJoiner {

    /** The rings that closed, and how many chains of ways never did. */
    record Rings(List<LinearRing> closed, int unclosedChains) {
        Rings {
            closed = List.copyOf(closed);
        }
    }

    private RingJoiner() {
    }

    static Rings join(List<Coordinate[]> pieces, GeometryFactory factory) {
        List<LinearRing> closed = new ArrayList<>();
        List<Coordinate[]> open = new ArrayList<>();
        for (Coordinate[] piece : pieces) {
            if (piece.length >= 2) {
                open.add(piece);
            }
        }
        int unclosed = 0;
        while (!open.isEmpty()) {
            List<Coordinate> chain = new ArrayList<>(Arrays.asList(open.remove(0)));
            while (!isClosed(chain) && extend(chain, open)) {
                // keep attaching pieces until the chain closes or nothing fits
            }
            if (isClosed(chain) && OsmGeometries.distinctCount(chain.toArray(Coordinate[]::new)) >= 3) {
                closed.add(factory.createLinearRing(chain.toArray(Coordinate[]::new)));
            } else {
                unclosed++;
            }
        }
        return new Rings(closed, unclosed);
    }

    private static boolean isClosed(List<Coordinate> chain) {
        return chain.size() >= 4 && chain.get(0).equals2D(chain.get(chain.size() - 1));
    }

    /** Attaches one open piece at either end of the chain, turned round if needed. */
    private static boolean extend(List<Coordinate> chain, List<Coordinate[]> open) {
        Coordinate head = chain.get(0);
        Coordinate tail = chain.get(chain.size() - 1);
        for (int i = 0; i < open.size(); i++) {
            Coordinate[] piece = open.get(i);
            Coordinate start = piece[0];
            Coordinate end = piece[piece.length - 1];
            if (tail.equals2D(start) || tail.equals2D(end)) {
                List<Coordinate> add = oriented(piece, tail.equals2D(start));
                chain.addAll(add.subList(1, add.size()));
            } else if (head.equals2D(end) || head.equals2D(start)) {
                List<Coordinate> add = oriented(piece, head.equals2D(end));
                chain.addAll(0, add.subList(0, add.size() - 1));
            } else {
                continue;
            }
            open.remove(i);
            return true;
        }
        return false;
    }

    private static List<Coordinate> oriented(Coordinate[] piece, boolean forward) {
        List<Coordinate> list = new ArrayList<>(Arrays.asList(piece));
        if (!forward) {
            Collections.reverse(list);
        }
        return list;
    }
}
