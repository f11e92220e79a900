package cn.luodian.geo.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.grid.CellSizePolicy;
import cn.luodian.geo.grid.UnitGridGenerator;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.GridCell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.CoverageUnion;

class TongzhouGridLayerTest {
    private final TongzhouDemoForTest demo = TongzhouDemoForTest.metric();

    @Test
    void cellsCoverTheDistrictWithoutGaps() {
        double cellsM2 = demo.cells.stream().mapToDouble(c -> c.geometry().getArea()).sum();
        assertThat(cellsM2).isCloseTo(demo.district.geometry().getArea(), within(1.0));
        assertThat(demo.cells).hasSizeGreaterThan(10_000);
        Geometry union = CoverageUnion.union(demo.district.geometry().getFactory()
                .buildGeometry(demo.cells.stream().map(GridCell::geometry).toList()));
        assertThat(union.symDifference(demo.district.geometry()).getArea()).isLessThan(1.0);
    }

    @Test
    void cellsDoNotOverlap() {
        STRtree index = new STRtree();
        for (int i = 0; i < demo.cells.size(); i++) {
            index.insert(demo.cells.get(i).geometry().getEnvelopeInternal(), i);
        }
        double overlapM2 = 0;
        for (int i = 0; i < demo.cells.size(); i++) {
            Geometry cell = demo.cells.get(i).geometry();
            for (Object found : index.query(cell.getEnvelopeInternal())) {
                int j = (Integer) found;
                Envelope common = cell.getEnvelopeInternal().intersection(demo.cells.get(j).geometry().getEnvelopeInternal());
                // Neighbours on the lattice meet along an edge: their envelopes overlap by no area.
                if (j > i && common.getArea() > 0) {
                    overlapM2 += cell.intersection(demo.cells.get(j).geometry()).getArea();
                }
            }
        }
        assertThat(overlapM2).isLessThan(1.0);
    }

    @Test
    void eachVillageIsCoveredByItsOwnCells() {
        Map<String, List<GridCell>> byVillage = cellsByVillage();
        assertThat(byVillage.keySet()).containsExactlyElementsOf(demo.villages.keySet());
        for (AdminArea village : demo.villages.values()) {
            List<GridCell> cells = byVillage.get(village.code());
            PreparedGeometry inside = PreparedGeometryFactory.prepare(village.geometry());
            assertThat(cells).hasSizeLessThanOrEqualTo(UnitGridGenerator.MAX_CELLS_PER_VILLAGE);
            assertThat(cells.stream().mapToDouble(c -> c.geometry().getArea()).sum()).as(village.code())
                    .isCloseTo(village.geometry().getArea(), within(0.01));
            assertThat(cells).allSatisfy(c -> assertThat(inside.contains(c.geometry().getInteriorPoint())).as(c.code()).isTrue());
        }
    }

    @Test
    void cellsAreValidPolygons() {
        assertThat(demo.cells).allSatisfy(c -> {
            assertThat(c.geometry().getGeometryType()).as(c.code()).isEqualTo("Polygon");
            assertThat(c.geometry().isValid()).as(c.code()).isTrue();
        });
    }

    @Test
    void codesAreFifteenDigitsUniqueAndNumberedFromOneWithinTheirVillage() {
        Set<String> seen = new HashSet<>();
        for (Map.Entry<String, List<GridCell>> village : cellsByVillage().entrySet()) {
            List<GridCell> cells = village.getValue();
            for (int i = 0; i < cells.size(); i++) {
                String code = cells.get(i).code();
                assertThat(code).matches("\\d{15}").startsWith(village.getKey()).endsWith(String.format("%03d", i + 1));
                assertThat(seen.add(code)).as(code).isTrue();
            }
        }
    }

    /** Whole lattice squares are the cells one can check the order on: north to south, then west to east. */
    @Test
    void wholeSquaresAreNumberedRowByRowFromTheNorthWest() {
        CellSizePolicy policy = CellSizePolicy.builtUpAndFarmland(TongzhouDemoRegion.BUILT_UP_CELL_METRES,
                TongzhouDemoRegion.FARMLAND_CELL_METRES);
        int checked = 0;
        for (Map.Entry<String, List<GridCell>> village : cellsByVillage().entrySet()) {
            double size = policy.cellSizeMetres(demo.villages.get(village.getKey()));
            long lastRow = Long.MAX_VALUE;
            long lastColumn = Long.MIN_VALUE;
            for (GridCell cell : village.getValue()) {
                Envelope e = cell.geometry().getEnvelopeInternal();
                boolean wholeSquare = Math.abs(e.getWidth() - size) < 1e-3 && Math.abs(e.getHeight() - size) < 1e-3
                        && Math.abs(cell.geometry().getArea() - size * size) < 1e-2;
                if (!wholeSquare) {
                    continue;
                }
                long row = Math.round(e.getMinY() / size);
                long column = Math.round(e.getMinX() / size);
                assertThat(row < lastRow || (row == lastRow && column > lastColumn)).as(cell.code()).isTrue();
                lastRow = row;
                lastColumn = column;
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(demo.cells.size() / 2);
    }

    @Test
    void builtUpCellsAreAboutTenThousandSquareMetres() {
        List<Double> builtUp = new ArrayList<>();
        for (GridCell cell : demo.cells) {
            if (CellSizePolicy.isBuiltUp(cell.villageCode())) {
                builtUp.add(cell.geometry().getArea());
            }
        }
        double mean = builtUp.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean).isBetween(8_000.0, 12_000.0);
        assertThat(builtUp).allSatisfy(area -> assertThat(area).isGreaterThanOrEqualTo(
                UnitGridGenerator.DEFAULT_SLIVER_AREA_FRACTION * 100 * 100 - 1e-6));
    }

    private Map<String, List<GridCell>> cellsByVillage() {
        Map<String, List<GridCell>> byVillage = new LinkedHashMap<>();
        for (GridCell cell : demo.cells) {
            byVillage.computeIfAbsent(cell.villageCode(), v -> new ArrayList<>()).add(cell);
        }
        return byVillage;
    }
}
