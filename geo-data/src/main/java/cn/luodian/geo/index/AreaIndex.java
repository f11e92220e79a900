package cn.luodian.geo.index;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Which area contains a point. A point on a shared boundary lies in both neighbours; the one
 * earlier in the build order wins, so every point gets exactly one deterministic answer.
 */
public final class AreaIndex<T> {
    private final List<T> areas;
    private final STRtree tree = new STRtree();

    private record Entry(int rank, IndexedPointInAreaLocator locator) {
    }

    /** @param areas in tie-break order (first wins on a shared boundary) */
    public AreaIndex(List<T> areas, Function<T, Geometry> geometry) {
        this.areas = List.copyOf(areas);
        for (int rank = 0; rank < this.areas.size(); rank++) {
            Geometry g = geometry.apply(this.areas.get(rank));
            IndexedPointInAreaLocator locator = new IndexedPointInAreaLocator(g);
            // The locator builds its own index lazily; build it now so that concurrent readers
            // of this immutable index never race to do it.
            locator.locate(g.getEnvelopeInternal().centre());
            tree.insert(g.getEnvelopeInternal(), new Entry(rank, locator));
        }
        tree.build();
    }

    public int size() {
        return areas.size();
    }

    /** The area containing (x, y) in the geometry's coordinates, boundary included. */
    public Optional<T> find(double x, double y) {
        Coordinate c = new Coordinate(x, y);
        int best = Integer.MAX_VALUE;
        for (Object item : tree.query(new Envelope(x, x, y, y))) {
            Entry entry = (Entry) item;
            if (entry.rank < best && entry.locator.locate(c) != Location.EXTERIOR) {
                best = entry.rank;
            }
        }
        return best == Integer.MAX_VALUE ? Optional.empty() : Optional.of(areas.get(best));
    }
}
