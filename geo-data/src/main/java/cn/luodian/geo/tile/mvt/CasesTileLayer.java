package cn.luodian.geo.tile.mvt;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileFrame;

/**
 * The {@code cases} layer: below {@code clusterBelowZoom} the cases of a tile are counted in square
 * cells of {@code cellUnits} tile units (aligned with the tile, so every case counts in exactly one
 * tile and one cell) and each cell with several cases becomes one point at their mean position with
 * {@code count}; from that zoom on, every case is its own point. A cell holding one case shows the
 * case itself, with {@code count} 1. No personal data: id, number, category, state, urgency, overdue.
 */
public final class CasesTileLayer {
    private final int clusterBelowZoom;
    private final int cellUnits;
    private final double bufferUnits;

    public CasesTileLayer(int clusterBelowZoom, int cellUnits, double bufferUnits) {
        if (cellUnits <= 0 || VectorTileBuilder.EXTENT % cellUnits != 0) {
            throw new IllegalArgumentException("聚合格 " + cellUnits + " 个单位不能整除瓦片范围 "
                    + VectorTileBuilder.EXTENT);
        }
        this.clusterBelowZoom = clusterBelowZoom;
        this.cellUnits = cellUnits;
        this.bufferUnits = bufferUnits;
    }

    public void addTo(VectorTileBuilder out, CasePoints points, TileFrame frame, PointShift shift, CasePointFilter filter) {
        Writer writer = new Writer(out.points(VectorLayers.CASES.name()));
        if (frame.tile().z() < clusterBelowZoom) {
            clustered(writer, points, frame, shift, filter);
        } else {
            // Points a little outside the tile are kept too, so markers drawn at the edge are not cut.
            points.forEach(frame.bufferedBoundsMetres(bufferUnits), shift, filter,
                    (table, row, x, y) -> writer.single(table, row, frame.pixelX(x), frame.pixelY(y)));
        }
    }

    private void clustered(Writer writer, CasePoints points, TileFrame frame, PointShift shift, CasePointFilter filter) {
        int side = VectorTileBuilder.EXTENT / cellUnits;
        int[] count = new int[side * side];
        int[] overdue = new int[side * side];
        double[] sumX = new double[side * side];
        double[] sumY = new double[side * side];
        CasePointTable[] firstTable = new CasePointTable[side * side];
        int[] firstRow = new int[side * side];
        points.forEach(frame.boundsMetres(), shift, filter, (table, row, x, y) -> {
            double px = frame.pixelX(x);
            double py = frame.pixelY(y);
            int cell = cell(py) * side + cell(px);
            if (count[cell]++ == 0) {
                firstTable[cell] = table;
                firstRow[cell] = row;
            }
            sumX[cell] += px;
            sumY[cell] += py;
            if (table.overdue(row)) {
                overdue[cell]++;
            }
        });
        for (int cell = 0; cell < count.length; cell++) {
            int n = count[cell];
            if (n == 1) {
                writer.single(firstTable[cell], firstRow[cell], sumX[cell], sumY[cell]);
            } else if (n > 1) {
                writer.cluster(n, overdue[cell], sumX[cell] / n, sumY[cell] / n);
            }
        }
    }

    private int cell(double units) {
        int last = VectorTileBuilder.EXTENT / cellUnits - 1;
        return Math.max(0, Math.min(last, (int) Math.floor(units / cellUnits)));
    }

    /** The layer's keys, looked up once per tile, and the two kinds of feature. */
    private static final class Writer {
        private final PointLayerWriter layer;
        private final int id;
        private final int number;
        private final int category;
        private final int state;
        private final int urgency;
        private final int overdue;
        private final int count;
        private final int cluster;
        private final int overdueCount;
        private final int[] tags = new int[14];

        Writer(PointLayerWriter layer) {
            this.layer = layer;
            id = layer.key("id");
            number = layer.key("number");
            category = layer.key("category");
            state = layer.key("state");
            urgency = layer.key("urgency");
            overdue = layer.key("overdue");
            count = layer.key("count");
            cluster = layer.key("cluster");
            overdueCount = layer.key("overdueCount");
        }

        void single(CasePointTable table, int row, double px, double py) {
            long caseId = table.id(row);
            int n = 0;
            n = tag(n, id, layer.uniqueValue(caseId));
            n = tag(n, number, layer.uniqueValue(table.number(row)));
            n = tag(n, category, layer.value(table.category(row)));
            n = tag(n, state, layer.value(table.state(row)));
            n = tag(n, urgency, layer.value(table.urgency(row)));
            n = tag(n, overdue, layer.value(table.overdue(row)));
            n = tag(n, count, layer.value(1L));
            layer.addPoint(caseId, Math.round(px), Math.round(py), tags, n);
        }

        void cluster(int n, int overdueCases, double px, double py) {
            int t = 0;
            t = tag(t, cluster, layer.value(true));
            t = tag(t, count, layer.value((long) n));
            t = tag(t, overdueCount, layer.value((long) overdueCases));
            layer.addPoint(null, Math.round(px), Math.round(py), tags, t);
        }

        private int tag(int at, int key, int value) {
            tags[at] = key;
            tags[at + 1] = value;
            return at + 2;
        }
    }
}
