package cn.luodian.bench.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;

/**
 * Midpoint displacement: a straight edge becomes a natural-looking boundary with a vertex every
 * few hundred metres. The result depends only on the two end points (in either order) and the
 * seed, so the two villages that share an edge get exactly the same vertices.
 */
final class Wiggle {
    private Wiggle() {
    }

    /**
     * The edge from a to b with displaced intermediate vertices, a and b included.
     *
     * @param roughness        the largest sideways shift as a share of the piece being split
     * @param spacingMetres    pieces shorter than this are not split further
     */
    static List<Coordinate> edge(Coordinate a, Coordinate b, double roughness, double spacingMetres, long seed) {
        boolean flipped = a.compareTo(b) > 0;
        Coordinate from = flipped ? b : a;
        Coordinate to = flipped ? a : b;
        Random random = new Random(seed ^ mix(from) * 31 ^ mix(to));
        List<Coordinate> out = new ArrayList<>();
        out.add(from);
        split(from, to, roughness, spacingMetres, random, out);
        out.add(to);
        if (flipped) {
            java.util.Collections.reverse(out);
        }
        return out;
    }

    private static void split(Coordinate a, Coordinate b, double roughness, double spacing, Random random,
                              List<Coordinate> out) {
        double dx = b.x - a.x;
        double dy = b.y - a.y;
        double length = Math.hypot(dx, dy);
        if (length <= spacing) {
            return;
        }
        double shift = (random.nextDouble() * 2 - 1) * roughness * length;
        Coordinate mid = new Coordinate((a.x + b.x) / 2 - dy / length * shift, (a.y + b.y) / 2 + dx / length * shift);
        split(a, mid, roughness, spacing, random, out);
        out.add(mid);
        split(mid, b, roughness, spacing, random, out);
    }

    private static long mix(Coordinate c) {
        long h = Double.doubleToLongBits(c.x) * 0x9E3779B97F4A7C15L;
        return h ^ Long.rotateLeft(Double.doubleToLongBits(c.y) * 0xC2B2AE3D27D4EB4FL, 29);
    }
}
