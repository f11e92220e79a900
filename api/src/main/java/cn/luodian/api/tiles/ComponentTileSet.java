package cn.luodian.api.tiles;

import cn.luodian.api.components.ComponentOnMap;
import cn.luodian.geo.tile.PointShift;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;

/**
 * One immutable, consistent set of components for tiles: a large base {@link ComponentTable} as
 * loaded, the base rows since changed or removed (a bit each), and a small delta table of the
 * changed components as they are now. A change returns a new set and leaves this one untouched, so a
 * tile reads one set from start to end.
 */
final class ComponentTileSet {
    static final ComponentTileSet EMPTY = of(ComponentTable.of(List.of()));

    private final ComponentTable base;
    private final long[] dead;
    /** The changed components as they are now, by code; a removed one is absent. */
    private final Map<String, ComponentOnMap> deltaItems;
    private final ComponentTable delta;

    private ComponentTileSet(ComponentTable base, long[] dead, Map<String, ComponentOnMap> deltaItems) {
        this.base = base;
        this.dead = dead;
        this.deltaItems = deltaItems;
        this.delta = ComponentTable.of(List.copyOf(deltaItems.values()));
    }

    static ComponentTileSet of(ComponentTable base) {
        return new ComponentTileSet(base, null, Map.of());
    }

    /** How many components there are. */
    int size() {
        int deadCount = 0;
        if (dead != null) {
            for (long bits : dead) {
                deadCount += Long.bitCount(bits);
            }
        }
        return base.size() - deadCount + delta.size();
    }

    /** Components held apart from the base; the index reloads when this grows large. */
    int deltaSize() {
        return deltaItems.size();
    }

    /** Visits every component whose anchor lies in {@code window} (Mercator metres, frame of {@code shift}). */
    void forEachAnchor(Envelope window, PointShift shift, ComponentTable.Visitor visitor) {
        base.forEachAnchor(window, shift, dead, visitor);
        delta.forEachAnchor(window, shift, null, visitor);
    }

    /** A line or polygon component whose extent may reach a window: its table and row. */
    record ShapeRow(ComponentTable table, int row) {
    }

    /** The lines and polygons that may reach {@code window}, in code order (so a tile's bytes do not depend on the tree). */
    List<ShapeRow> shapesNear(Envelope window, PointShift shift) {
        List<ShapeRow> rows = new ArrayList<>();
        base.shapesNear(window, shift, dead).forEach(row -> rows.add(new ShapeRow(base, row)));
        delta.shapesNear(window, shift, null).forEach(row -> rows.add(new ShapeRow(delta, row)));
        rows.sort((a, b) -> Long.compare(a.table().code(a.row()), b.table().code(b.row())));
        return rows;
    }

    /** The extent (WGS-84) a code has in this set, or null when it has none. */
    Envelope extentLonLat(String code) {
        if (deltaItems.containsKey(code)) {
            return deltaItems.get(code).geometry().getEnvelopeInternal();
        }
        int row = base.row(code);
        return row < 0 || isDead(dead, row) ? null : base.extentLonLat(row);
    }

    /**
     * This set after {@code codes} changed: {@code current} holds those of them that exist now (as
     * read after the commit); the others were removed.
     */
    ComponentTileSet withChanged(Collection<String> codes, Collection<ComponentOnMap> current) {
        Map<String, ComponentOnMap> nextDelta = new LinkedHashMap<>(deltaItems);
        codes.forEach(nextDelta::remove);
        current.forEach(c -> nextDelta.put(c.code(), c));
        long[] nextDead = dead;
        for (String code : codes) {
            int row = base.row(code);
            if (row >= 0 && !isDead(nextDead, row)) {
                if (nextDead == dead) {
                    nextDead = dead == null ? new long[(base.size() + 63) / 64] : dead.clone();
                }
                nextDead[row >>> 6] |= 1L << row;
            }
        }
        return new ComponentTileSet(base, nextDead, nextDelta);
    }

    private static boolean isDead(long[] bits, int row) {
        return bits != null && (bits[row >>> 6] & (1L << row)) != 0;
    }
}
