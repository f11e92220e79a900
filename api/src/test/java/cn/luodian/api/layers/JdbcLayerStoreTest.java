package cn.luodian.api.layers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WriteMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class JdbcLayerStoreTest {
    @TempDir
    Path tempDir;

    private JdbcLayerStore store;
    private LayerReader reader;
    private DivisionCodeReader codes;

    private void open(Database database) {
        StoreForTest test = StoreForTest.create(database, tempDir);
        store = new JdbcLayerStore(test.jdbc(), test.transactions());
        reader = new LayerReader(test.jdbc());
        codes = new DivisionCodeReader(test.jdbc());
    }

    private static Geometry wkt(String wkt) {
        try {
            Geometry geometry = new WKTReader().read(wkt);
            geometry.setSRID(4326);
            return geometry;
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static final AdminArea DISTRICT = new AdminArea("110112", "通州区", AdminLevel.DISTRICT, "110000",
            wkt("POLYGON ((116.5 39.6, 117.0 39.6, 117.0 40.0, 116.5 40.0, 116.5 39.6))"));
    private static final AdminArea TOWNSHIP = new AdminArea("110112106", "漷县镇", AdminLevel.TOWNSHIP, "110112",
            wkt("POLYGON ((116.7 39.7, 116.9 39.7, 116.9 39.8, 116.7 39.8, 116.7 39.7))"));
    private static final Road RING = new Road("长凌营环路", RoadClass.RESIDENTIAL, "",
            wkt("LINESTRING (116.75 39.75, 116.76 39.75)"));
    private static final Road FAR_ROAD = new Road("", RoadClass.TRACK, "",
            wkt("LINESTRING (116.55 39.95, 116.56 39.95)"));

    private List<ReferenceFeature> read(Layer layer, Envelope bbox, AdminLevel level) {
        List<ReferenceFeature> features = new ArrayList<>();
        reader.forEach(layer, bbox, level, 1000, features::add);
        return features;
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void writesAndReadsBackByBoundingBoxAndLevel(Database database) {
        open(database);
        store.write(LayerBatch.builder().add(DISTRICT).add(TOWNSHIP).add(RING).add(FAR_ROAD).build(),
                WriteMode.APPEND, Origin.IMPORT, "test");

        assertThat(store.count(Layer.ADMIN)).isEqualTo(2);
        assertThat(store.count(Layer.ROADS)).isEqualTo(2);
        assertThat(read(Layer.ROADS, new Envelope(116.74, 116.77, 39.74, 39.76), null)).containsExactly(RING);
        assertThat(read(Layer.ADMIN, null, AdminLevel.TOWNSHIP)).containsExactly(TOWNSHIP);
        assertThat(reader.findAdminArea("110112106")).contains(TOWNSHIP);
        assertThat(store.origins()).containsEntry("roads", "import").containsEntry("admin", "import");
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void limitReportsTruncation(Database database) {
        open(database);
        store.write(LayerBatch.builder().add(RING).add(FAR_ROAD).build(), WriteMode.APPEND, Origin.IMPORT, "test");
        List<ReferenceFeature> features = new ArrayList<>();
        assertThat(reader.forEach(Layer.ROADS, null, null, 1, features::add)).isTrue();
        assertThat(features).hasSize(1);
        assertThat(reader.forEach(Layer.ROADS, null, null, 2, f -> { })).isFalse();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aFailedBatchChangesNothingInAnyLayer(Database database) {
        open(database);
        store.write(LayerBatch.builder().add(DISTRICT).add(RING).build(), WriteMode.APPEND, Origin.IMPORT, "first");

        LayerBatch clash = LayerBatch.builder().add(FAR_ROAD).add(TOWNSHIP).add(DISTRICT).build();
        assertThatThrownBy(() -> store.write(clash, WriteMode.APPEND, Origin.IMPORT, "second.geojson"))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("second.geojson：第 2 个要素：代码 110112 已在图层 admin 中");

        assertThat(read(Layer.ADMIN, null, null)).containsExactly(DISTRICT);
        assertThat(read(Layer.ROADS, null, null)).containsExactly(RING);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void duplicateCodeWithinABatchIsRejected(Database database) {
        open(database);
        assertThatThrownBy(() -> store.write(LayerBatch.builder().add(TOWNSHIP).add(TOWNSHIP).build(),
                WriteMode.REPLACE, Origin.IMPORT, "dup.geojson"))
                .hasMessageContaining("第 2 个要素：代码 110112106 重复出现");
        assertThat(store.count(Layer.ADMIN)).isZero();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void replaceReplacesAndDemoLayersAreNeverAppendedTo(Database database) {
        open(database);
        store.write(LayerBatch.of(Layer.ROADS, List.of(RING)), WriteMode.APPEND, Origin.DEMO, "demo");
        store.write(LayerBatch.of(Layer.ROADS, List.of(FAR_ROAD)), WriteMode.APPEND, Origin.IMPORT, "real.geojson");
        assertThat(read(Layer.ROADS, null, null)).containsExactly(FAR_ROAD);
        assertThat(store.origins()).containsEntry("roads", "import");

        store.write(LayerBatch.of(Layer.ROADS, List.of(RING)), WriteMode.APPEND, Origin.IMPORT, "more.geojson");
        assertThat(store.count(Layer.ROADS)).isEqualTo(2);
        store.write(LayerBatch.of(Layer.ROADS, List.of(RING)), WriteMode.REPLACE, Origin.IMPORT, "again.geojson");
        assertThat(read(Layer.ROADS, null, null)).containsExactly(RING);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void divisionCodesAreInsertedOrUpdated(Database database) {
        open(database);
        store.writeDivisionCodes(List.of(new DivisionCode("110112106213", "长凌营村村委会", "110112106")));
        store.writeDivisionCodes(List.of(new DivisionCode("110112106213", "长凌营村村民委员会", "110112106"),
                new DivisionCode("110112106", "漷县镇", "110112")));
        assertThat(codes.count()).isEqualTo(2);
        assertThat(codes.findByCode("110112106213")).get()
                .satisfies(c -> assertThat(c.bareName()).isEqualTo("长凌营村"))
                .satisfies(c -> assertThat(c.officialName()).isEqualTo("长凌营村村民委员会"));
    }
}
