package cn.luodian.api.components;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.geo.component.ComponentCode;
import cn.luodian.geo.component.ComponentImportException;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.describe.Description;
import cn.luodian.geo.io.ImportException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Component files into the store on the demo region, on H2GIS and PostGIS. */
class ComponentImportTest {
    static final String HEADER = "部件编码,名称,经度,纬度,状态,权属单位";
    // Two points in 漷县镇 a few hundred metres apart, and one in 中仓街道.
    static final double LON = 116.7726, LAT = 39.7588;
    static final double NEAR_LON = 116.7760, NEAR_LAT = 39.7600;
    static final double OTHER_LON = 116.66, OTHER_LAT = 39.90;

    static String code(String category, int sequence) {
        return ComponentCode.of("110112", category, sequence).value();
    }

    static String row(String code, double lon, double lat, String status, String owner) {
        return code + ",," + lon + "," + lat + "," + status + "," + owner;
    }

    static byte[] csv(Charset charset, String... rows) {
        return (HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(charset);
    }

    @SpringBootTest
    abstract static class Import {
        @Autowired ComponentImport imports;
        @Autowired ComponentStore store;
        @Autowired ReferenceIndexHolder reference;
        @Autowired JdbcTemplate jdbc;

        final Actor admin = Actor.system("zhangsan");

        @BeforeEach
        void reset() {
            jdbc.update("DELETE FROM component_change");
            jdbc.update("DELETE FROM component");
        }

        ComponentImportReport importCsv(byte[] bytes, ComponentReplace replace) {
            return imports.importBytes("部件.csv", bytes, Datum.WGS84, null, replace, admin);
        }

        Description described(double lon, double lat) {
            return reference.get().describer().describe(lon, lat);
        }

        long rows(String table) {
            return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
        }

        @Test
        void aUtf8AndAGbkCsvAreStoredEachComponentInItsCellAndTownship() {
            ComponentImportReport utf8 = importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "完好", "通州区水务局"),
                    row(code("B0101", 2), OTHER_LON, OTHER_LAT, "", "")), null);
            ComponentImportReport gbk = importCsv(csv(Charset.forName("GBK"),
                    row(code("B0102", 1), NEAR_LON, NEAR_LAT, "破损", "通州区排水集团")), null);

            assertThat(utf8).isEqualTo(new ComponentImportReport("部件.csv", 2, 2, 0, 0, 0, 0, 0));
            assertThat(gbk.inserted()).isEqualTo(1);
            StoredComponent first = store.findByCode(code("B0101", 1)).orElseThrow();
            Description place = described(LON, LAT);
            assertThat(first.townshipCode()).isEqualTo(place.township().code());
            assertThat(first.gridCellCode()).isNotNull().isEqualTo(place.gridCellCode());
            assertThat(first.component().name()).isEqualTo("上水井盖");
            assertThat(first.component().ownerUnit()).isEqualTo("通州区水务局");
            assertThat(store.findByCode(code("B0101", 2)).orElseThrow().townshipCode())
                    .isEqualTo(described(OTHER_LON, OTHER_LAT).township().code()).isNotEqualTo(first.townshipCode());
            assertThat(store.findByCode(code("B0101", 2)).orElseThrow().component().status()).isEqualTo("完好");
            StoredComponent fromGbk = store.findByCode(code("B0102", 1)).orElseThrow();
            assertThat(fromGbk.component().ownerUnit()).isEqualTo("通州区排水集团");
            assertThat(fromGbk.component().status()).isEqualTo("破损");
            assertThat(store.history(code("B0101", 1))).extracting(ComponentChange::kind, ComponentChange::changedBy,
                    ComponentChange::newStatus).containsExactly(tuple(ComponentChangeKind.CREATED, "zhangsan", "完好"));
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_log WHERE action = 'component.import'"
                    + " AND entity_type = 'component_import' AND detail LIKE '%\"inserted\":2%'", Long.class)).isPositive();
        }

        @Test
        void aGeoJsonFileInGcj02IsStoredInWgs84() {
            Coordinate gcj = Datum.GCJ02.fromWgs84(LON, LAT);
            String geojson = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\","
                    + "\"coordinates\":[" + gcj.x + "," + gcj.y + "]},\"properties\":{\"code\":\"" + code("B0101", 7)
                    + "\",\"status\":\"丢失\",\"maintainer\":\"通州区市政养护所\"}}]}";

            ComponentImportReport report = imports.importBytes("井盖.geojson", geojson.getBytes(StandardCharsets.UTF_8),
                    Datum.GCJ02, null, null, admin);

            assertThat(report.inserted()).isEqualTo(1);
            StoredComponent stored = store.findByCode(code("B0101", 7)).orElseThrow();
            Point point = (Point) stored.component().geometry();
            GaussKrugerProjection metres = GaussKrugerProjection.beijing();
            // GCJ-02 is about 500 m off here: back within a metre means the datum was converted.
            assertThat(metres.toMetric(point.getX(), point.getY()).distance(metres.toMetric(LON, LAT))).isLessThan(1.0);
            assertThat(stored.component().maintainerUnit()).isEqualTo("通州区市政养护所");
            assertThat(stored.townshipCode()).isEqualTo(described(LON, LAT).township().code());
        }

        @Test
        void aCsvInEachOfTheFourDatumsIsStoredAtTheSamePlaceInWgs84() {
            GaussKrugerProjection metres = GaussKrugerProjection.beijing();
            int sequence = 20;
            for (Datum datum : Datum.values()) {
                Coordinate given = datum.fromWgs84(LON, LAT);
                String code = code("B0103", ++sequence);
                imports.importBytes("井盖-" + datum.parameterName() + ".csv", csv(StandardCharsets.UTF_8,
                        row(code, given.x, given.y, "完好", "通州区排水集团")), datum, null, null, admin);
                Point point = (Point) store.findByCode(code).orElseThrow().component().geometry();
                assertThat(metres.toMetric(point.getX(), point.getY()).distance(metres.toMetric(LON, LAT)))
                        .as(datum.parameterName()).isLessThan(1.0);
            }
        }

        @Test
        void aFileWithOneBadLineOrOneComponentOutsideChangesNothing() {
            importCsv(csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "完好", "")), null);
            long history = rows("component_change");

            assertThatThrownBy(() -> importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "破损", ""),
                    row(code("B0101", 2), LON, LAT, "完好", ""),
                    row(code("B0101", 3), LON, LAT, "不知道", "")), null))
                    .isInstanceOf(ComponentImportException.class)
                    .hasMessageContaining("部件.csv：第 4 行：").hasMessageContaining("不知道");
            assertThatThrownBy(() -> importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "破损", ""),
                    row(code("B0101", 4), 116.3, 39.9, "完好", "")), null))
                    .isInstanceOf(ImportException.class)
                    .hasMessageContaining("部件 " + code("B0101", 4) + " 的位置不在本区的数据范围内");

            assertThat(rows("component")).isEqualTo(1);
            assertThat(store.findByCode(code("B0101", 1)).orElseThrow().component().status()).isEqualTo("完好");
            assertThat(rows("component_change")).isEqualTo(history);
        }

        @Test
        void importingAgainKeepsTheHistoryOfStatusAndPositionChanges() {
            String code = code("B0101", 1);
            importCsv(csv(StandardCharsets.UTF_8, row(code, LON, LAT, "完好", "甲单位")), null);

            ComponentImportReport changed = importCsv(csv(StandardCharsets.UTF_8, row(code, NEAR_LON, NEAR_LAT, "破损", "乙单位")), null);
            ComponentImportReport again = importCsv(csv(StandardCharsets.UTF_8, row(code, NEAR_LON, NEAR_LAT, "破损", "乙单位")), null);

            assertThat(changed).isEqualTo(new ComponentImportReport("部件.csv", 1, 0, 1, 0, 0, 1, 1));
            assertThat(again).isEqualTo(new ComponentImportReport("部件.csv", 1, 0, 0, 1, 0, 0, 0));
            List<ComponentChange> history = store.history(code);
            assertThat(history).extracting(ComponentChange::kind).containsExactly(ComponentChangeKind.CREATED,
                    ComponentChangeKind.STATUS, ComponentChangeKind.POSITION, ComponentChangeKind.FIELDS);
            assertThat(history.get(1).oldStatus()).isEqualTo("完好");
            assertThat(history.get(1).newStatus()).isEqualTo("破损");
            Point before = (Point) history.get(2).oldGeometry();
            Point after = (Point) history.get(2).newGeometry();
            assertThat(new double[] {before.getX(), before.getY(), after.getX(), after.getY()})
                    .containsExactly(LON, LAT, NEAR_LON, NEAR_LAT);
            assertThat(history.get(3).note()).endsWith("权属单位");
            StoredComponent stored = store.findByCode(code).orElseThrow();
            assertThat(stored.version()).isEqualTo(1);
            assertThat(stored.gridCellCode()).isEqualTo(described(NEAR_LON, NEAR_LAT).gridCellCode());
        }

        @Test
        void replacingA小类RemovesItsComponentsTheFileLacksAndNoOthers() {
            importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "完好", ""),
                    row(code("B0101", 2), NEAR_LON, NEAR_LAT, "占用", ""),
                    row(code("B0102", 1), LON, LAT, "完好", "")), null);
            byte[] onlyTheFirst = csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "完好", ""));

            assertThat(importCsv(onlyTheFirst, null).removed()).isZero();
            ComponentImportReport replaced = importCsv(onlyTheFirst, ComponentReplace.category("B0101"));

            assertThat(replaced.removed()).isEqualTo(1);
            assertThat(store.findByCode(code("B0101", 2))).isEmpty();
            assertThat(store.findByCode(code("B0102", 1))).isPresent();
            ComponentChange removal = store.history(code("B0101", 2)).get(1);
            assertThat(removal.kind()).isEqualTo(ComponentChangeKind.REMOVED);
            assertThat(removal.oldStatus()).isEqualTo("占用");
            assertThat(removal.oldGeometry()).isNotNull();
            assertThatThrownBy(() -> importCsv(onlyTheFirst, ComponentReplace.category("B9999")))
                    .isInstanceOf(ImportException.class).hasMessageContaining("小类 B9999 不存在");
        }

        @Test
        void replacingATownshipRemovesItsComponentsTheFileLacksAndNoOthers() {
            importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "完好", ""),
                    row(code("B0102", 1), NEAR_LON, NEAR_LAT, "完好", ""),
                    row(code("B0101", 2), OTHER_LON, OTHER_LAT, "完好", "")), null);
            String township = described(LON, LAT).township().code();
            assertThat(described(NEAR_LON, NEAR_LAT).township().code()).isEqualTo(township);

            ComponentImportReport replaced = importCsv(csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "完好", "")),
                    ComponentReplace.township(township));

            assertThat(replaced.removed()).isEqualTo(1);
            assertThat(store.findByCode(code("B0102", 1))).isEmpty();
            assertThat(store.findByCode(code("B0101", 2))).isPresent();
            assertThatThrownBy(() -> importCsv(csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "完好", "")),
                    ComponentReplace.township("110112999"))).isInstanceOf(ImportException.class)
                    .hasMessageContaining("乡镇街道 110112999 不存在");
            assertThat(rows("component")).isEqualTo(2);
        }

        @Test
        void theStoreSearchesByEachCriterionInBoundedPages() {
            importCsv(csv(StandardCharsets.UTF_8,
                    row(code("B0101", 1), LON, LAT, "完好", "甲单位"),
                    row(code("B0101", 2), NEAR_LON, NEAR_LAT, "破损", "甲单位"),
                    row(code("B0102", 1), OTHER_LON, OTHER_LAT, "完好", "乙单位")), null);
            importCsv(csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "丢失", "甲单位")), null);

            assertThat(search(null, null, null, null, null, null, ComponentQuery.Order.CODE, 0, 10))
                    .containsExactly(code("B0101", 1), code("B0101", 2), code("B0102", 1));
            assertThat(search("1101120101", null, null, null, null, null, ComponentQuery.Order.CODE, 0, 10))
                    .containsExactly(code("B0101", 1), code("B0101", 2));
            assertThat(search(null, "B0102", null, null, null, null, ComponentQuery.Order.CODE, 0, 10)).containsExactly(code("B0102", 1));
            assertThat(search(null, null, "甲单位", "破损", null, null, ComponentQuery.Order.CODE, 0, 10)).containsExactly(code("B0101", 2));
            assertThat(search(null, null, null, null, new Envelope(LON - 0.001, LON + 0.001, LAT - 0.001, LAT + 0.001), null,
                    ComponentQuery.Order.CODE, 0, 10)).containsExactly(code("B0101", 1));
            assertThat(search(null, null, null, null, null, described(OTHER_LON, OTHER_LAT).gridCellCode(),
                    ComponentQuery.Order.CODE, 0, 10)).containsExactly(code("B0102", 1));
            assertThat(search(null, null, null, null, null, null, ComponentQuery.Order.NEWEST, 0, 1)).containsExactly(code("B0101", 1));
            assertThat(search(null, null, null, null, null, null, ComponentQuery.Order.CODE, 1, 1)).containsExactly(code("B0101", 2));
            assertThatThrownBy(() -> ComponentQuery.all(0, ComponentQuery.MAX_LIMIT + 1)).isInstanceOf(IllegalArgumentException.class);
        }

        List<String> search(String prefix, String category, String owner, String status, Envelope box, String cell,
                            ComponentQuery.Order order, int offset, int limit) {
            return store.search(new ComponentQuery(prefix, category, owner, status, box, cell, order, offset, limit)).stream()
                    .map(StoredComponent::code).toList();
        }

        @Test
        void onlyAnAdministratorImportsAndTheNameIsOneLine() {
            Actor dispatcher = new Actor("zuoxi", Role.DISPATCHER, "110112", null);
            byte[] file = csv(StandardCharsets.UTF_8, row(code("B0101", 1), LON, LAT, "完好", ""));

            assertThatThrownBy(() -> imports.importBytes("部件.csv", file, Datum.WGS84, null, null, dispatcher))
                    .isInstanceOf(ForbiddenException.class);
            assertThatThrownBy(() -> imports.importBytes("部件\n.csv", file, Datum.WGS84, null, null, admin))
                    .hasMessageContaining("文件名").hasMessageContaining("控制字符");
            assertThat(rows("component")).isZero();
        }
    }

    @Nested
    class OnH2gis extends Import {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", ComponentImportTest::tempDir);
        }
    }

    @Nested
    class OnPostgis extends Import {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", ComponentImportTest::tempDir);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-components").toString();
    }
}
