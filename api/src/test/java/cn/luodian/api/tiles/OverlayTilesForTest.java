package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * Helpers of the heat and hotspot tile tests on the shared demo server of one store (H2GIS or
 * PostGIS): report cases, fetch and decode tiles.
 */
record OverlayTilesForTest(RestClient http) {

    static OverlayTilesForTest on(Database database) {
        return new OverlayTilesForTest(DemoServerForTest.http(database));
    }

    /** Reports a case over the API as the demo's call-centre agent; returns its id. */
    long report(String category, double lon, double lat) {
        ResponseEntity<Map> created = http.post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes()))
                .body(Map.of("category", category, "description", "测试热力图", "location", Map.of("lon", lon, "lat", lat),
                        "reporter", Map.of("name", "测试", "phone", "13800002222")))
                .retrieve().toEntity(Map.class);
        assertThat(created.getStatusCode().value()).isEqualTo(201);
        return ((Number) created.getBody().get("id")).longValue();
    }

    /** Case overlays need a sign-in: as the demo's planner. */
    ResponseEntity<byte[]> get(String path, String ifNoneMatch) {
        var request = http.get().uri(path)
                .header(HttpHeaders.AUTHORIZATION, "Basic " + Base64.getEncoder().encodeToString("fenxi:fenxi-demo".getBytes()));
        if (ifNoneMatch != null) {
            request.header(HttpHeaders.IF_NONE_MATCH, ifNoneMatch);
        }
        return request.retrieve().toEntity(byte[].class);
    }

    static BufferedImage image(ResponseEntity<byte[]> response) {
        assertThat(response.getStatusCode().value()).isEqualTo(200);
        assertThat(response.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        try {
            return ImageIO.read(new ByteArrayInputStream(response.getBody()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pixel (column, row) of a WGS-84 point on a tile drawn at {@code sizePixels}. */
    static int[] pixel(TileAddress tile, int sizePixels, double lon, double lat) {
        TileFrame frame = TileFrame.of(tile, sizePixels);
        return new int[] {(int) frame.pixelX(WebMercator.xMetres(lon)), (int) frame.pixelY(WebMercator.yMetres(lat))};
    }

    static String path(String layer, TileAddress tile, String suffix) {
        return "/tiles/" + layer + "/" + tile.z() + "/" + tile.x() + "/" + tile.y() + suffix + ".png";
    }
}
