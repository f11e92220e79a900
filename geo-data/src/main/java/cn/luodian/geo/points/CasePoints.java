package cn.luodian.geo.points;

import cn.luodian.geo.tile.PointShift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Envelope;

/**
 * An immutable, consistent set of case points: a large sorted base table, the rows of it that have
 * since been replaced or removed (a bit per row), and a small delta table of new and changed points.
 * Every change returns a new set and leaves this one untouched, so a reader keeps one set for a
 * whole request; {@link #compacted()} folds the delta into a new base when it grows.
 */
public final class CasePoints {
    private static final CasePoints EMPTY = new CasePoints(CasePointTable.empty(), null, 0, List.of());

    private final CasePointTable base;
    /** Dead base rows, one bit each; null when none. */
    private final long[] dead;
    private final int deadCount;
    /** The delta's points by id, in arrival order. */
    private final Map<Long, CasePoint> deltaPoints;
    /**
     * The same points as a sorted table, built by the first reader that scans: a busy server makes
     * several changes between tile misses, and building it on every change (thousands of rows) was a
     * fifth of a case creation's time. Racing readers may each build it; the tables are equal.
     */
    private volatile CasePointTable delta;
    private final IdIndex ids;

    /** Receives each matching point with its position in the requested frame (Mercator metres). */
    @FunctionalInterface
    public interface Visitor {
        void visit(CasePointTable table, int row, double xMetres, double yMetres);
    }

    private CasePoints(CasePointTable base, long[] dead, int deadCount, Collection<CasePoint> delta) {
        this(base, dead, deadCount, byId(delta), IdIndex.of(base));
    }

    private CasePoints(CasePointTable base, long[] dead, int deadCount, Map<Long, CasePoint> deltaPoints,
                       IdIndex ids) {
        this.base = base;
        this.dead = dead;
        this.deadCount = deadCount;
        this.deltaPoints = deltaPoints;
        this.ids = ids;
    }

    private CasePointTable delta() {
        CasePointTable table = delta;
        if (table == null) {
            CasePointTable.Builder builder = CasePointTable.builder();
            deltaPoints.values().forEach(builder::add);
            table = builder.build();
            delta = table;
        }
        return table;
    }

    public static CasePoints empty() {
        return EMPTY;
    }

    /** A set whose base is {@code table} (as loaded from the store). */
    public static CasePoints of(CasePointTable table) {
        return new CasePoints(table, null, 0, List.of());
    }

    /** How many live points there are. */
    public int size() {
        return base.size() - deadCount + deltaPoints.size();
    }

    /** Points waiting in the delta; a caller compacts when this grows past its threshold. */
    public int deltaSize() {
        return deltaPoints.size();
    }

    /** Visits every live point inside {@code windowMetres} (Mercator, in the frame of {@code shift}) that passes {@code filter}. */
    public void forEach(Envelope windowMetres, PointShift shift, CasePointFilter filter, Visitor visitor) {
        WindowScan.run(base, dead, windowMetres, shift, filter, visitor);
        WindowScan.run(delta(), null, windowMetres, shift, filter, visitor);
    }

    public Optional<CasePoint> find(long id) {
        CasePoint changed = deltaPoints.get(id);
        if (changed != null) {
            return Optional.of(changed);
        }
        int row = baseRow(id);
        return row < 0 || isDead(row) ? Optional.empty() : Optional.of(base.point(row));
    }

    /** This set with {@code points} added, or replacing the points of the same ids. */
    public CasePoints withUpserted(Collection<CasePoint> points) {
        List<Long> changed = points.stream().map(CasePoint::id).toList();
        Map<Long, CasePoint> next = new LinkedHashMap<>(deltaPoints);
        points.forEach(p -> next.put(p.id(), p));
        return withDeadAndDelta(changed, next);
    }

    /** This set without the points of these ids (unknown ids are ignored). */
    public CasePoints withRemoved(Collection<Long> ids) {
        Map<Long, CasePoint> next = new LinkedHashMap<>(deltaPoints);
        ids.forEach(next::remove);
        return withDeadAndDelta(ids, next);
    }

    /** The same points with the delta merged into a fresh sorted base. */
    public CasePoints compacted() {
        CasePointTable.Builder builder = CasePointTable.builder();
        for (int row = 0; row < base.size(); row++) {
            if (!isDead(row)) {
                builder.add(base.point(row));
            }
        }
        deltaPoints.values().forEach(builder::add);
        return of(builder.build());
    }

    private CasePoints withDeadAndDelta(Collection<Long> changed, Map<Long, CasePoint> nextDelta) {
        long[] nextDead = dead;
        int nextCount = deadCount;
        for (long id : changed) {
            int row = baseRow(id);
            if (row >= 0 && !isDead(nextDead, row)) {
                if (nextDead == dead) {
                    nextDead = dead == null ? new long[(base.size() + 63) / 64] : dead.clone();
                }
                nextDead[row >>> 6] |= 1L << row;
                nextCount++;
            }
        }
        return new CasePoints(base, nextDead, nextCount, nextDelta, ids);
    }

    private boolean isDead(int row) {
        return isDead(dead, row);
    }

    private static boolean isDead(long[] bits, int row) {
        return bits != null && (bits[row >>> 6] & (1L << row)) != 0;
    }

    private int baseRow(long id) {
        return ids.rowOf(id);
    }

    private static Map<Long, CasePoint> byId(Collection<CasePoint> points) {
        Map<Long, CasePoint> map = new LinkedHashMap<>();
        points.forEach(p -> map.put(p.id(), p));
        return map;
    }

    /** Live points, base then delta (for tests and diagnostics; not for tile requests). */
    public List<CasePoint> list() {
        List<CasePoint> all = new ArrayList<>(size());
        for (int row = 0; row < base.size(); row++) {
            if (!isDead(row)) {
                all.add(base.point(row));
            }
        }
        all.addAll(deltaPoints.values());
        return all;
    }
}
