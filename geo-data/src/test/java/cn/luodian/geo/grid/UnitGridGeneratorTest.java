package cn.luodian.geo.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Fixtures are drawn in local metres and moved to a lattice-aligned spot in EPSG:4548 (easting
 * 500,000, northing 4,400,000), where 100 m lattice lines fall on x, y = multiples of 100.
 */
class UnitGridGeneratorTest {
    private static final String VILLAGE_CODE = "110112106213";
    private static final double EAST = 500_000;
    private static final double NORTH = 4_400_000;
    private static final UnitGridGenerator HUNDRED_METRES = new UnitGridGenerator(CellSizePolicy.uniform(100));

    /*
     *  y=200 +-----+-----+-----+
     *        | 001 | 002 | 003 |
     *  y=100 +-----+-----+-----+
     *        | 004 | 005 | 006 |
     *  y=0   +-----+-----+-----+
     *       x=0               x=300
     */
    @Test
    void rectangleGivesSixCellsNumberedFromTheNorthWest() {
        List<GridCell> cells = HUNDRED_METRES.generate(village("POLYGON ((0 0, 300 0, 300 200, 0 200, 0 0))"));

        assertThat(cells).extracting(GridCell::code).containsExactly(
                "110112106213001", "110112106213002", "110112106213003",
                "110112106213004", "110112106213005", "110112106213006");
        assertSquare(cells.get(0), 0, 100);
        assertSquare(cells.get(2), 200, 100);
        assertSquare(cells.get(3), 0, 0);
        assertSquare(cells.get(5), 200, 0);
        assertThat(cells).allSatisfy(cell -> {
            assertThat(cell.villageCode()).isEqualTo(VILLAGE_CODE);
            assertThat(cell.geometry().getArea()).isCloseTo(10_000, within(1e-6));
        });
    }

    /*
     *  +-----+
     *  | 001 |
     *  +-----+-----+
     *  | 002 | 003 |
     *  +-----+-----+
     */
    @Test
    void lShapeGivesThreeCells() {
        List<GridCell> cells = HUNDRED_METRES.generate(village("POLYGON ((0 0, 200 0, 200 100, 100 100, 100 200, 0 200, 0 0))"));

        assertThat(cells).hasSize(3);
        assertSquare(cells.get(0), 0, 100);
        assertSquare(cells.get(1), 0, 0);
        assertSquare(cells.get(2), 100, 0);
    }

    /** A 5 m strip along the north edge is cut off every square of the top row and merged south. */
    @Test
    void sliversAreMergedIntoTheCellSharingTheLongestEdge() {
        AdminArea village = village("POLYGON ((0 0, 300 0, 300 205, 0 205, 0 0))");

        List<GridCell> cells = HUNDRED_METRES.generate(village);

        assertThat(cells).hasSize(6);
        assertThat(cells.subList(0, 3)).allSatisfy(cell -> {
            assertThat(cell.geometry().getArea()).isCloseTo(10_500, within(1e-6));
            assertThat(cell.geometry().getGeometryType()).isEqualTo("Polygon");
        });
        assertThat(cells.get(0).geometry().getEnvelopeInternal())
                .isEqualTo(new Envelope(EAST, EAST + 100, NORTH + 100, NORTH + 205));
        assertTiles(cells, village.geometry());
    }

    @Test
    void withoutSliverMergingTheStripStaysAsCells() {
        UnitGridGenerator keepSlivers = new UnitGridGenerator(CellSizePolicy.uniform(100), 0);

        List<GridCell> cells = keepSlivers.generate(village("POLYGON ((0 0, 300 0, 300 205, 0 205, 0 0))"));

        assertThat(cells).hasSize(9);
        assertThat(cells.get(0).geometry().getArea()).isCloseTo(500, within(1e-6));
    }

    /** Two arms of a U in the same lattice square: the west one is numbered first. */
    @Test
    void piecesOfOneSquareGoNorthThenWest() {
        UnitGridGenerator keepSlivers = new UnitGridGenerator(CellSizePolicy.uniform(100), 0);

        List<GridCell> cells = keepSlivers.generate(village(
                "POLYGON ((0 0, 100 0, 100 150, 70 150, 70 60, 30 60, 30 150, 0 150, 0 0))"));

        assertThat(cells).hasSize(3);
        assertThat(cells.get(0).geometry().getEnvelopeInternal().getMaxX()).isEqualTo(EAST + 30);
        assertThat(cells.get(1).geometry().getEnvelopeInternal().getMinX()).isEqualTo(EAST + 70);
        assertThat(cells.get(2).geometry().getEnvelopeInternal().getMaxY()).isEqualTo(NORTH + 100);
    }

    @Test
    void cellsOfAnUnalignedVillageTileIt() {
        AdminArea village = village("POLYGON ((13 7, 420 -35, 515 260, 240 377, 31 301, 13 7))");

        List<GridCell> cells = HUNDRED_METRES.generate(village);

        assertTiles(cells, village.geometry());
        double sliverM2 = UnitGridGenerator.DEFAULT_SLIVER_AREA_FRACTION * 100 * 100;
        assertThat(cells).allSatisfy(cell -> assertThat(cell.geometry().getArea()).isGreaterThanOrEqualTo(sliverM2));
    }

    @Test
    void aLargeVillageGetsACoarserLatticeToStayUnder999Cells() {
        AdminArea village = village("POLYGON ((0 0, 4000 0, 4000 3000, 0 3000, 0 0))");

        List<GridCell> cells = HUNDRED_METRES.generate(village);

        assertThat(cells).hasSizeLessThanOrEqualTo(UnitGridGenerator.MAX_CELLS_PER_VILLAGE).hasSizeGreaterThan(500);
        assertThat(cells.get(cells.size() - 1).code()).isEqualTo(UnitGridGenerator.cellCode(VILLAGE_CODE, cells.size()));
        assertTiles(cells, village.geometry());
    }

    @Test
    void builtUpVillagesGetSmallCellsAndFarmlandLargeOnes() {
        CellSizePolicy policy = CellSizePolicy.builtUpAndFarmland(100, 250);
        Geometry square = village("POLYGON ((0 0, 500 0, 500 500, 0 500, 0 0))").geometry();

        assertThat(policy.cellSizeMetres(new AdminArea("110112001006", "悟仙观社区", AdminLevel.VILLAGE, "110112001", square))).isEqualTo(100);
        assertThat(policy.cellSizeMetres(new AdminArea("110112121013", "群芳园社区", AdminLevel.VILLAGE, "110112121", square))).isEqualTo(100);
        assertThat(policy.cellSizeMetres(new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106", square))).isEqualTo(250);
    }

    @Test
    void neighboursWithDifferentLatticesShareTheirBoundaryVertices() {
        AdminArea west = new AdminArea("110112001006", "悟仙观社区", AdminLevel.VILLAGE, "110112001",
                geometry("POLYGON ((0 0, 400 30, 380 510, 0 500, 0 0))"));
        AdminArea east = new AdminArea("110112106213", "长凌营村", AdminLevel.VILLAGE, "110112106",
                geometry("POLYGON ((400 30, 1000 0, 1000 500, 380 510, 400 30))"));
        UnitGridGenerator generator = new UnitGridGenerator(CellSizePolicy.builtUpAndFarmland(100, 250));

        List<GridCell> cells = generator.generate(List.of(west, east));

        Geometry sharedBoundary = west.geometry().intersection(east.geometry());
        var westVertices = vertices(cells, west.code(), sharedBoundary);
        var eastVertices = vertices(cells, east.code(), sharedBoundary);
        assertThat(westVertices).hasSizeGreaterThan(5).containsExactlyInAnyOrderElementsOf(eastVertices);
    }

    @Test
    void aDistrictIsRejected() {
        AdminArea district = new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000",
                geometry("POLYGON ((0 0, 300 0, 300 200, 0 200, 0 0))"));

        assertThatThrownBy(() -> HUNDRED_METRES.generate(district)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Set<Coordinate> vertices(List<GridCell> cells, String villageCode, Geometry near) {
        Set<Coordinate> found = new TreeSet<>();
        for (GridCell cell : cells) {
            if (cell.villageCode().equals(villageCode)) {
                for (var c : cell.geometry().getCoordinates()) {
                    if (near.distance(near.getFactory().createPoint(c)) < 1e-6) {
                        found.add(new Coordinate(c.x, c.y));
                    }
                }
            }
        }
        return found;
    }

    private static void assertSquare(GridCell cell, double west, double south) {
        assertThat(cell.geometry().getEnvelopeInternal())
                .isEqualTo(new Envelope(EAST + west, EAST + west + 100, NORTH + south, NORTH + south + 100));
        assertThat(cell.geometry().getNumPoints()).isEqualTo(5);
    }

    private static void assertTiles(List<GridCell> cells, Geometry village) {
        double sum = cells.stream().mapToDouble(c -> c.geometry().getArea()).sum();
        assertThat(sum).isCloseTo(village.getArea(), within(1e-6));
        Geometry union = village.getFactory().buildGeometry(cells.stream().map(GridCell::geometry).toList()).union();
        assertThat(union.symDifference(village).getArea()).isLessThan(1e-6);
        assertThat(cells).allSatisfy(cell -> assertThat(cell.geometry().isValid()).isTrue());
    }

    private static AdminArea village(String wkt) {
        return new AdminArea(VILLAGE_CODE, "长凌营村", AdminLevel.VILLAGE, "110112106", geometry(wkt));
    }

    private static Geometry geometry(String wkt) {
        try {
            Geometry local = new WKTReader(new GeometryFactory()).read(wkt);
            return AffineTransformation.translationInstance(EAST, NORTH).transform(local);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
