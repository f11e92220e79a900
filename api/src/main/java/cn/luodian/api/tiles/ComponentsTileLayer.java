package cn.luodian.api.tiles;

import cn.luodian.geo.tile.MercatorGeometry;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.mvt.TileGeometries;
import cn.luodian.geo.tile.mvt.VectorLayers;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The {@code components} layer of one tile. From z{@value #CLUSTER_BELOW_ZOOM} every component is
 * its own feature (a point, or its line or polygon clipped to the tile and its buffer) with code,
 * 小类, 小类 name, status and name. Below, the tile is cut into square cells of
 * {@value #CELL_UNITS} of its 4096 units (32 px of a 256-px tile, 64 px of a 512-px one) and each
 * cell with components becomes one point at their mean anchor with {@code count}, a
 * {@code count:<status>} per status present, the most frequent status ({@code status}, so the map
 * colours clusters as it colours components) and the most frequent 大类 ({@code major}, B01 …); a
 * cell of one component also names it. Anchors are aligned with the tile, so every component counts
 * in exactly one tile and one cell.
 */
final class ComponentsTileLayer {
    static final int CLUSTER_BELOW_ZOOM = 16;
    static final int CELL_UNITS = 512;
    private static final int SIDE = VectorTileBuilder.EXTENT / CELL_UNITS;
    private static final GeometryFactory UNITS = new GeometryFactory();
    private static final String LAYER = VectorLayers.COMPONENTS.name();

    private final double bufferUnits;
    private final double toleranceUnits;

    ComponentsTileLayer(double bufferUnits, double toleranceUnits) {
        this.bufferUnits = bufferUnits;
        this.toleranceUnits = toleranceUnits;
    }

    /** Adds the layer's features; {@code categoryName} names a 小类 code (null when the taxonomy lacks it). */
    void addTo(VectorTileBuilder out, ComponentTileSet set, TileFrame frame, PointShift shift,
               Function<String, String> categoryName) {
        if (!VectorLayers.COMPONENTS.hasZoom(frame.tile().z())) {
            return;
        }
        if (frame.tile().z() < CLUSTER_BELOW_ZOOM) {
            clustered(out, set, frame, shift, categoryName);
        } else {
            each(out, set, frame, shift, categoryName);
        }
    }

    private void each(VectorTileBuilder out, ComponentTileSet set, TileFrame frame, PointShift shift,
                      Function<String, String> categoryName) {
        set.forEachAnchor(frame.bufferedBoundsMetres(bufferUnits), shift, (table, row, x, y) -> {
            if (table.shape(row) == null) {
                Geometry point = UNITS.createPoint(new Coordinate(Math.round(frame.pixelX(x)), Math.round(frame.pixelY(y))));
                out.add(LAYER, point, properties(table, row, categoryName));
            }
        });
        for (ComponentTileSet.ShapeRow shape : set.shapesNear(frame.bufferedBoundsMetres(bufferUnits), shift)) {
            Geometry mercator = MercatorGeometry.of(shape.table().shape(shape.row()), shift);
            Geometry onTile = TileGeometries.toTile(mercator, frame, bufferUnits, toleranceUnits);
            if (onTile != null) {
                out.add(LAYER, onTile, properties(shape.table(), shape.row(), categoryName));
            }
        }
    }

    private static Map<String, Object> properties(ComponentTable table, int row, Function<String, String> categoryName) {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("code", table.codeText(row));
        properties.put("category", table.category(row));
        properties.put("categoryName", categoryName.apply(table.category(row)));
        properties.put("status", table.status(row));
        properties.put("name", table.name(row));
        return properties;
    }

    private static void clustered(VectorTileBuilder out, ComponentTileSet set, TileFrame frame, PointShift shift,
                                  Function<String, String> categoryName) {
        Cells cells = new Cells();
        set.forEachAnchor(frame.boundsMetres(), shift, (table, row, x, y) ->
                cells.add(table, row, frame.pixelX(x), frame.pixelY(y)));
        for (int cell = 0; cell < SIDE * SIDE; cell++) {
            if (cells.count[cell] > 0) {
                out.add(LAYER, UNITS.createPoint(new Coordinate(Math.round(cells.sumX[cell] / cells.count[cell]),
                        Math.round(cells.sumY[cell] / cells.count[cell]))), cells.properties(cell, categoryName));
            }
        }
    }

    private static int cell(double units) {
        return Math.max(0, Math.min(SIDE - 1, (int) Math.floor(units / CELL_UNITS)));
    }

    /**
     * Counts per cell, per status and per 大类. A table numbers its statuses and 小类 itself; each is
     * given a slot of this tile once per table (a tile reads the base and the delta), so the count of
     * a component is a few array steps, not a map lookup: a z10 tile counts some 400,000.
     */
    private static final class Cells {
        final int[] count = new int[SIDE * SIDE];
        final double[] sumX = new double[SIDE * SIDE];
        final double[] sumY = new double[SIDE * SIDE];
        final ComponentTable[] firstTable = new ComponentTable[SIDE * SIDE];
        final int[] firstRow = new int[SIDE * SIDE];
        final Slots statuses = new Slots();
        final Slots majors = new Slots();
        ComponentTable table;
        int[] statusSlot;
        int[] majorSlot;

        void add(ComponentTable from, int row, double px, double py) {
            if (from != table) {
                table = from;
                statusSlot = statuses.slots(from.statusNames(), Function.identity());
                majorSlot = majors.slots(from.categoryCodes(), code -> code.substring(0, 3));
            }
            int cell = cell(py) * SIDE + cell(px);
            if (count[cell]++ == 0) {
                firstTable[cell] = from;
                firstRow[cell] = row;
            }
            sumX[cell] += px;
            sumY[cell] += py;
            statuses.counts.get(statusSlot[from.statusIndex(row)])[cell]++;
            majors.counts.get(majorSlot[from.categoryIndex(row)])[cell]++;
        }

        Map<String, Object> properties(int cell, Function<String, String> categoryName) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("cluster", true);
            properties.put("count", (long) count[cell]);
            properties.put("status", statuses.mostFrequent(cell));
            properties.put("major", majors.mostFrequent(cell));
            new TreeMap<>(statuses.index).forEach((status, slot) -> {
                int n = statuses.counts.get(slot)[cell];
                if (n > 0) {
                    properties.put("count:" + status, (long) n);
                }
            });
            if (count[cell] == 1) {
                ComponentTable t = firstTable[cell];
                int row = firstRow[cell];
                properties.put("code", t.codeText(row));
                properties.put("category", t.category(row));
                properties.put("categoryName", categoryName.apply(t.category(row)));
                properties.put("name", t.name(row));
            }
            return properties;
        }
    }

    /** Distinct values of one kind in a tile (statuses, or 大类), each with its counts per cell. */
    private static final class Slots {
        final Map<String, Integer> index = new HashMap<>();
        final List<int[]> counts = new ArrayList<>();

        /** For each of a table's dictionary entries, the slot of what it maps to. */
        int[] slots(String[] dictionary, Function<String, String> value) {
            int[] slots = new int[dictionary.length];
            for (int i = 0; i < dictionary.length; i++) {
                slots[i] = index.computeIfAbsent(value.apply(dictionary[i]), v -> {
                    counts.add(new int[SIDE * SIDE]);
                    return counts.size() - 1;
                });
            }
            return slots;
        }

        /** The value with the most in this cell; a tie goes to the one first in code-point order (stable bytes). */
        String mostFrequent(int cell) {
            String best = null;
            int most = 0;
            for (Map.Entry<String, Integer> e : index.entrySet()) {
                int n = counts.get(e.getValue())[cell];
                if (n > most || (n == most && n > 0 && e.getKey().compareTo(best) < 0)) {
                    best = e.getKey();
                    most = n;
                }
            }
            return best;
        }
    }
}
