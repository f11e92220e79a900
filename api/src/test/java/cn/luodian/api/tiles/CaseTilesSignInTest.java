package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Issue 15, finding 4: tiles drawn from cases need a sign-in by default, however the layer list is
 * spelled, while reference tiles stay open; the catalogue lists the case layers only to those who
 * may read them, and their tiles are never kept by shared caches.
 */
class CaseTilesSignInTest {
    private static final String TILE = "12/3375/1553";
    private final RestClient http = DemoServerForTest.http();

    @ParameterizedTest
    @ValueSource(strings = {"/tiles/cases/" + TILE + ".mvt", "/tiles/admin,cases/" + TILE + ".mvt",
        "/tiles/admin%2Ccases/" + TILE + ".mvt", "/tiles/cases,roads.json", "/tiles/heat/" + TILE + ".png",
        "/tiles/hotspots/" + TILE + ".png", "/tiles/heat/" + TILE + "@2x.png"})
    void anonymousCallersGet401ForCaseTiles(String path) {
        ResponseEntity<String> answer = http.get().uri(java.net.URI.create(DemoServerForTest.baseUrl(
                cn.luodian.api.storage.Database.H2GIS) + path)).retrieve().toEntity(String.class);
        assertThat(answer.getStatusCode().value()).as(path).isEqualTo(401);
        assertThat(String.valueOf(answer.getHeaders().getContentType())).startsWith("application/problem+json");
        assertThat(answer.getBody()).contains("查看案件瓦片需要登录");
    }

    @Test
    void signedInCallersReadCaseTilesWhichSharedCachesMustNotKeep() {
        for (String path : new String[] {"/tiles/cases/" + TILE + ".mvt", "/tiles/heat/" + TILE + ".png"}) {
            ResponseEntity<byte[]> answer = http.get().uri(path).header(HttpHeaders.AUTHORIZATION, basic("fenxi"))
                    .retrieve().toEntity(byte[].class);
            assertThat(answer.getStatusCode().value()).as(path).isIn(200, 204);
            assertThat(answer.getHeaders().getCacheControl()).as(path).contains("private").doesNotContain("public");
        }
    }

    @Test
    void referenceTilesStayOpen() {
        ResponseEntity<byte[]> roads = http.get().uri("/tiles/admin,roads/" + TILE + ".mvt").retrieve().toEntity(byte[].class);
        assertThat(roads.getStatusCode().value()).isIn(200, 204);
        assertThat(roads.getHeaders().getCacheControl()).contains("public");
    }

    @Test
    void theCatalogueListsCaseLayersOnlyToThoseWhoMayReadThem() {
        String anonymous = http.get().uri("/tiles/catalog").retrieve().body(String.class);
        assertThat(anonymous).contains("\"id\":\"roads\"").doesNotContain("\"id\":\"cases\"")
                .doesNotContain("\"id\":\"heat\"").doesNotContain("\"id\":\"hotspots\"");
        String signedIn = http.get().uri("/tiles/catalog").header(HttpHeaders.AUTHORIZATION, basic("fenxi"))
                .retrieve().body(String.class);
        assertThat(signedIn).contains("\"id\":\"cases\"", "\"id\":\"heat\"", "\"id\":\"hotspots\"");
    }

    private static String basic(String demoUser) {
        return "Basic " + Base64.getEncoder().encodeToString((demoUser + ":" + demoUser + "-demo")
                .getBytes(StandardCharsets.UTF_8));
    }
}
