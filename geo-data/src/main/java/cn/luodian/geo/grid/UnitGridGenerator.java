package cn.luodian.geo.grid;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * Generates unit grid cells (单元网格) for village areas given in a metric projection (EPSG:4548
 * for Beijing): a square lattice aligned to the projection's axes, cut by each village boundary so
 * that no cell crosses it, with slivers merged into a neighbour.
 *
 * <p>Each cell is coded with the village's 12 digits and a 3-digit sequence from 001, numbered row
 * by row from the north and west to east within a row, by the lattice square the cell came from.
 * A village that would need more than 999 cells gets a coarser lattice.
 */
public final class UnitGridGenerator {
    public static final int MAX_CELLS_PER_VILLAGE = 999;
    /** A piece smaller than this share of a full square is a sliver. */
    public static final double DEFAULT_SLIVER_AREA_FRACTION = 0.2;
    private static final double CELL_SIZE_GROWTH = 1.25;
    private static final double CELL_SIZE_STEP_METRES = 10;

    private final CellSizePolicy cellSizePolicy;
    private final double sliverAreaFraction;

    public UnitGridGenerator(CellSizePolicy cellSizePolicy) {
        this(cellSizePolicy, DEFAULT_SLIVER_AREA_FRACTION);
    }

    public UnitGridGenerator(CellSizePolicy cellSizePolicy, double sliverAreaFraction) {
        if (!(sliverAreaFraction >= 0 && sliverAreaFraction < 1)) {
            throw new IllegalArgumentException("碎片面积比例应在 [0, 1) 之内，实为 " + sliverAreaFraction);
        }
        this.cellSizePolicy = cellSizePolicy;
        this.sliverAreaFraction = sliverAreaFraction;
    }

    /**
     * The cells of every village, village by village in the given order and by sequence within
     * one. Cells of neighbouring villages carry each other's vertices along their common boundary
     * (see {@link CoverageVertexNoder}), so the grid stays gap-free when moved to lon/lat.
     */
    public List<GridCell> generate(List<AdminArea> villages) {
        List<GridCell> cells = new ArrayList<>();
        for (AdminArea village : villages) {
            cells.addAll(generate(village));
        }
        CoverageVertexNoder noder = new CoverageVertexNoder(
                cells.stream().map(GridCell::geometry).toList(), CoverageVertexNoder.DEFAULT_TOLERANCE_METRES);
        return cells.stream()
                .map(cell -> new GridCell(cell.code(), cell.villageCode(), noder.node(cell.geometry())))
                .toList();
    }

    /** The cells of one village, in sequence order. */
    public List<GridCell> generate(AdminArea village) {
        requireVillage(village);
        double cellSizeMetres = cellSizePolicy.cellSizeMetres(village);
        List<LatticePiece> pieces = cut(village.geometry(), cellSizeMetres);
        while (pieces.size() > MAX_CELLS_PER_VILLAGE) {
            cellSizeMetres = Math.ceil(cellSizeMetres * CELL_SIZE_GROWTH / CELL_SIZE_STEP_METRES) * CELL_SIZE_STEP_METRES;
            pieces = cut(village.geometry(), cellSizeMetres);
        }
        pieces.sort(LatticePiece.NUMBERING_ORDER);
        List<GridCell> cells = new ArrayList<>(pieces.size());
        for (int i = 0; i < pieces.size(); i++) {
            cells.add(new GridCell(cellCode(village.code(), i + 1), village.code(), pieces.get(i).polygon()));
        }
        return cells;
    }

    /** The 15-digit code of the {@code sequence}-th cell (from 1) of a village. */
    public static String cellCode(String villageCode, int sequence) {
        if (sequence < 1 || sequence > MAX_CELLS_PER_VILLAGE) {
            throw new IllegalArgumentException("单元网格序号应为 1 到 " + MAX_CELLS_PER_VILLAGE + "，实为 " + sequence);
        }
        return villageCode + String.format("%03d", sequence);
    }

    private List<LatticePiece> cut(Geometry village, double cellSizeMetres) {
        List<LatticePiece> pieces = LatticeSplitter.split(village, cellSizeMetres);
        double minAreaM2 = sliverAreaFraction * cellSizeMetres * cellSizeMetres;
        return SliverMerger.merge(pieces, minAreaM2);
    }

    private static void requireVillage(AdminArea village) {
        if (village.level() != AdminLevel.VILLAGE || village.code().length() != 12) {
            throw new IllegalArgumentException("单元网格按村/社区划分；" + village.code() + " 不是村/社区，而是 " + village.level().id());
        }
        if (village.geometry().getDimension() != 2 || village.geometry().isEmpty()) {
            throw new IllegalArgumentException("村/社区 " + village.code() + " 没有面积");
        }
    }
}
