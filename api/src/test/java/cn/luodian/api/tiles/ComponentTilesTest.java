package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.components.ComponentImport;
import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.security.Actor;
import cn.luodian.api.storage.Database;
import cn.luodian.geo.component.ComponentCode;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorTileReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * The {@code components} tile layer (issue 16) over HTTP on the demo servers, H2GIS and PostGIS:
 * components of its own imported through {@link ComponentImport} beside the demo inventory, tiles decoded; one per component from z16,
 * clusters below; a re-import shows on the next tile (no stale cache); sign-in; bad addresses.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ComponentTilesTest {
    // In 漷县镇, within 200 m of each other (ComponentImportTest's point).
    static final double LON = 116.7726;
    static final double LAT = 39.7588;
    static final String COVER = code("B0101", 1);
    static final String BROKEN_COVER = code("B0101", 2);
    static final String LAMP = code("B0112", 1);
    static final String RAIL = code("B0208", 1);
    static final String GREEN = code("B0405", 1);

    /** District 119916, which no real or demo component has and no other test uses (they use 119901–119905). */
    static final String MINE = "119916";

    static String code(String category, int sequence) {
        return ComponentCode.of(MINE, category, sequence).value();
    }

    static String feature(String code, String geometry, String status) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":{\"code\":\"" + code
                + "\",\"status\":\"" + status + "\"}}";
    }

    static String point(double lon, double lat) {
        return "{\"type\":\"Point\",\"coordinates\":[" + lon + "," + lat + "]}";
    }

    static byte[] collection(String... features) {
        return ("{\"type\":\"FeatureCollection\",\"features\":[" + String.join(",", features) + "]}")
                .getBytes(StandardCharsets.UTF_8);
    }

    abstract static class Endpoints {
        private final Database database;
        private final RestClient anonymous;
        private final RestClient signedIn;

        Endpoints(Database database) {
            this.database = database;
            anonymous = DemoServerForTest.http(database);
            signedIn = anonymous.mutate().defaultHeader(HttpHeaders.AUTHORIZATION, "Basic "
                    + Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes(StandardCharsets.UTF_8))).build();
        }

        /** Counts summed over the cells of the z10, z12 and z15 tiles before this test's components were imported. */
        final Map<String, Long> before = new java.util.HashMap<>();

        @BeforeEach
        void components() {
            // The demo inventory stays (other tests use it); this test's own components are removed by hand and
            // the index read again, so that each test adds them anew and counts what they add.
            JdbcTemplate jdbc = DemoServerForTest.bean(database, JdbcTemplate.class);
            jdbc.update("DELETE FROM component_change WHERE component_code LIKE '" + MINE + "%'");
            jdbc.update("DELETE FROM component WHERE code LIKE '" + MINE + "%'");
            DemoServerForTest.bean(database, ComponentTileIndex.class).reload();
            for (int z : new int[] {10, 12, 15}) {
                List<Geometry> cells = componentsOrNone("/tiles/components/" + TileAddress.containing(LON, LAT, z) + ".mvt");
                for (String key : List.of("count", "count:完好", "count:破损", "count:占用", "count:丢失")) {
                    before.put(z + key, sum(cells, key));
                }
            }
            importFile(collection(
                    feature(COVER, point(LON, LAT), "完好"),
                    feature(BROKEN_COVER, point(LON + 0.0003, LAT + 0.0002), "破损"),
                    feature(LAMP, point(LON + 0.0010, LAT - 0.0005), "完好"),
                    feature(RAIL, "{\"type\":\"LineString\",\"coordinates\":[[" + (LON - 0.0010) + "," + (LAT + 0.0006) + "],["
                            + (LON + 0.0010) + "," + (LAT + 0.0006) + "]]}", "完好"),
                    feature(GREEN, "{\"type\":\"Polygon\",\"coordinates\":[[[" + (LON - 0.0008) + "," + (LAT - 0.0008) + "],["
                            + (LON - 0.0004) + "," + (LAT - 0.0008) + "],[" + (LON - 0.0004) + "," + (LAT - 0.0004) + "],["
                            + (LON - 0.0008) + "," + (LAT - 0.0004) + "],[" + (LON - 0.0008) + "," + (LAT - 0.0008) + "]]]}", "占用")));
        }

        void importFile(byte[] geojson) {
            DemoServerForTest.bean(database, ComponentImport.class).importBytes("部件.geojson", geojson, Datum.WGS84, null,
                    null, Actor.system("test"));
        }

        ResponseEntity<byte[]> get(RestClient http, String path) {
            return http.get().uri(path).retrieve().toEntity(byte[].class);
        }

        List<Geometry> components(String path) {
            ResponseEntity<byte[]> answer = get(signedIn, path);
            assertThat(answer.getStatusCode().value()).as(path).isEqualTo(200);
            return VectorTileReader.read(answer.getBody()).get("components");
        }

        /** The tile's components features; none for an empty tile (204). */
        List<Geometry> componentsOrNone(String path) {
            ResponseEntity<byte[]> answer = get(signedIn, path);
            return answer.getStatusCode().value() == 204 ? List.of() : VectorTileReader.read(answer.getBody()).get("components");
        }

        static long sum(List<Geometry> cells, String key) {
            return cells.stream().mapToLong(g -> (Long) VectorTileReader.properties(g).getOrDefault(key, 0L)).sum();
        }

        static Map<String, Object> properties(List<Geometry> features, String code) {
            return features.stream().map(VectorTileReader::properties).filter(p -> code.equals(p.get("code")))
                    .findFirst().orElseThrow(() -> new AssertionError("no feature " + code));
        }

        @Test
        void fromZ16EachComponentIsAFeatureWithItsFieldsAtItsPixel() {
            TileAddress address = TileAddress.containing(LON, LAT, 17);
            TileFrame frame = TileFrame.of(address, 4096);

            List<Geometry> features = components("/tiles/components/" + address + ".mvt");

            Geometry cover = features.stream().filter(g -> COVER.equals(VectorTileReader.properties(g).get("code")))
                    .findFirst().orElseThrow();
            assertThat(cover).isInstanceOf(Point.class);
            assertThat(cover.getCoordinate().x).isEqualTo(Math.round(frame.pixelX(WebMercator.xMetres(LON))));
            assertThat(cover.getCoordinate().y).isEqualTo(Math.round(frame.pixelY(WebMercator.yMetres(LAT))));
            assertThat(VectorTileReader.properties(cover)).containsOnlyKeys("code", "category", "categoryName", "status", "name")
                    .containsEntry("category", "B0101").containsEntry("categoryName", "上水井盖")
                    .containsEntry("status", "完好").containsEntry("name", "上水井盖");
            assertThat(properties(features, BROKEN_COVER)).containsEntry("status", "破损");
            Geometry rail = features.stream().filter(g -> RAIL.equals(VectorTileReader.properties(g).get("code"))).findFirst().orElseThrow();
            assertThat(rail).isInstanceOf(LineString.class);
            assertThat(VectorTileReader.properties(rail)).containsEntry("category", "B0208");
            Geometry green = features.stream().filter(g -> GREEN.equals(VectorTileReader.properties(g).get("code"))).findFirst().orElseThrow();
            assertThat(green).isInstanceOf(Polygon.class);
            assertThat(VectorTileReader.properties(green)).containsEntry("status", "占用");

            // GCJ-02 moves them by hundreds of metres, as it moves the cases.
            Coordinate gcj = ChinaOffsets.wgs84ToGcj02(LON, LAT);
            TileAddress shifted = TileAddress.containing(gcj.x, gcj.y, 17);
            TileFrame shiftedFrame = TileFrame.of(shifted, 4096);
            Geometry moved = components("/tiles/components/" + shifted + ".mvt?crs=gcj02").stream()
                    .filter(g -> COVER.equals(VectorTileReader.properties(g).get("code"))).findFirst().orElseThrow();
            assertThat(moved.getCoordinate().x).isEqualTo(Math.round(shiftedFrame.pixelX(WebMercator.xMetres(gcj.x))));
        }

        @Test
        void belowZ16CellsCountTheComponentsByStatusWithTheMostFrequentStatusAndMajor() {
            for (int z : new int[] {10, 12, 15}) {
                List<Geometry> clusters = components("/tiles/components/" + TileAddress.containing(LON, LAT, z) + ".mvt");

                List<Map<String, Object>> cells = clusters.stream().map(VectorTileReader::properties).toList();
                assertThat(cells).allSatisfy(p -> assertThat(p).containsEntry("cluster", true).containsKeys("count", "status", "major"));
                // What this test's five components add, beside the demo inventory around them.
                assertThat(sum(clusters, "count") - before.get(z + "count")).as("z" + z).isEqualTo(5);
                assertThat(sum(clusters, "count:完好") - before.get(z + "count:完好")).isEqualTo(3);
                assertThat(sum(clusters, "count:破损") - before.get(z + "count:破损")).isEqualTo(1);
                assertThat(sum(clusters, "count:占用") - before.get(z + "count:占用")).isEqualTo(1);
                for (Map<String, Object> cell : cells) {
                    long most = cell.entrySet().stream().filter(e -> e.getKey().startsWith("count:"))
                            .mapToLong(e -> (Long) e.getValue()).max().orElseThrow();
                    assertThat((Long) cell.get("count:" + cell.get("status"))).isEqualTo(most);
                    assertThat(cell.entrySet().stream().filter(e -> e.getKey().startsWith("count:"))
                            .mapToLong(e -> (Long) e.getValue()).sum()).isEqualTo((Long) cell.get("count"));
                    assertThat((String) cell.get("major")).matches("B[0-9]{2}");
                }
            }
            ResponseEntity<byte[]> z9 = get(signedIn, "/tiles/components/" + TileAddress.containing(LON, LAT, 9) + ".mvt");
            assertThat(z9.getStatusCode().value()).as("below the layer's first zoom").isEqualTo(204);
        }

        @Test
        void aReimportedStatusIsOnTheNextTileAtEveryZoom() {
            String z17 = "/tiles/components/" + TileAddress.containing(LON, LAT, 17) + ".mvt";
            String z12 = "/tiles/components/" + TileAddress.containing(LON, LAT, 12) + ".mvt";
            Coordinate gcj = ChinaOffsets.wgs84ToGcj02(LON, LAT);
            String combined = "/tiles/admin,components/" + TileAddress.containing(gcj.x, gcj.y, 17) + ".mvt?crs=gcj02";
            assertThat(properties(components(z17), COVER)).containsEntry("status", "完好");
            components(z12);
            get(signedIn, combined);
            String etag = get(signedIn, z17).getHeaders().getETag();

            importFile(collection(feature(COVER, point(LON, LAT), "丢失")));

            ResponseEntity<byte[]> again = get(signedIn, z17);
            assertThat(again.getHeaders().getETag()).isNotEqualTo(etag);
            assertThat(properties(VectorTileReader.read(again.getBody()).get("components"), COVER)).containsEntry("status", "丢失");
            assertThat(sum(components(z12), "count:丢失") - before.get("12count:丢失")).isEqualTo(1);
            Map<String, List<Geometry>> both = VectorTileReader.read(get(signedIn, combined).getBody());
            assertThat(both.keySet()).containsExactly("admin", "components");
            assertThat(properties(both.get("components"), COVER)).containsEntry("status", "丢失");

            // A case's step sets a status through Components.changeStatus (as closing a case repairs a cover).
            DemoServerForTest.bean(database, cn.luodian.api.components.Components.class).changeStatus(COVER, "完好", "test", "测试");
            assertThat(properties(components(z17), COVER)).containsEntry("status", "完好");

            // Moved 2 km east: gone from its old tile, on its new one.
            importFile(collection(feature(COVER, point(LON + 0.02, LAT), "丢失")));
            assertThat(componentsOrNone(z17)).noneMatch(g -> COVER.equals(VectorTileReader.properties(g).get("code")));
            assertThat(properties(components("/tiles/components/" + TileAddress.containing(LON + 0.02, LAT, 17) + ".mvt"), COVER))
                    .containsEntry("status", "丢失");
        }

        @Test
        void signedInOnlyPrivateCachesTileJsonAndCatalog() {
            String tile = "/tiles/components/" + TileAddress.containing(LON, LAT, 17) + ".mvt";
            for (String path : List.of(tile, "/tiles/admin,components/" + TileAddress.containing(LON, LAT, 12) + ".mvt",
                    "/tiles/components.json")) {
                ResponseEntity<String> refused = anonymous.get().uri(path).retrieve().toEntity(String.class);
                assertThat(refused.getStatusCode().value()).as(path).isEqualTo(401);
                assertThat(String.valueOf(refused.getHeaders().getContentType())).startsWith("application/problem+json");
                assertThat(refused.getBody()).contains("查看部件瓦片需要登录");
            }
            assertThat(get(signedIn, tile).getHeaders().getCacheControl()).contains("private").doesNotContain("public");

            Map json = signedIn.get().uri("/tiles/components.json").retrieve().body(Map.class);
            assertThat(json.get("tilejson")).isEqualTo("3.0.0");
            assertThat((List<String>) json.get("tiles")).singleElement().asString().endsWith("/tiles/components/{z}/{x}/{y}.mvt");
            Map layer = ((List<Map>) json.get("vector_layers")).get(0);
            assertThat(layer).containsEntry("id", "components").containsEntry("minzoom", 10);
            assertThat((Map<String, Object>) layer.get("fields")).containsKeys("code", "category", "categoryName", "status",
                    "name", "count", "major");

            String open = anonymous.get().uri("/tiles/catalog").retrieve().body(String.class);
            assertThat(open).doesNotContain("\"id\":\"components\"");
            String listed = signedIn.get().uri("/tiles/catalog").retrieve().body(String.class);
            assertThat(listed).contains("\"id\":\"components\"", "\"tiles\":\"/tiles/components/{z}/{x}/{y}.mvt\"");
        }

        @Test
        void badAddressesAreProblems() {
            for (String path : List.of("/tiles/components/23/0/0.mvt", "/tiles/components/3/8/0.mvt", "/tiles/components/x/1/1.mvt",
                    "/tiles/components,components/12/3376/1553.mvt", "/tiles/components/12/3376/1553.mvt?crs=bd09",
                    "/tiles/components/12/-1/1553.mvt")) {
                ResponseEntity<String> answer = signedIn.get().uri(path).retrieve().toEntity(String.class);
                assertThat(answer.getStatusCode().value()).as(path).isEqualTo(400);
                assertThat(String.valueOf(answer.getHeaders().getContentType())).as(path).startsWith("application/problem+json");
            }
            ResponseEntity<String> unknown = signedIn.get().uri("/tiles/components,parts/12/3376/1553.mvt").retrieve().toEntity(String.class);
            assertThat(unknown.getStatusCode().value()).isEqualTo(404);
            assertThat(unknown.getBody()).contains("components");
        }
    }

    @Nested
    class OnH2gis extends Endpoints {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }
}
