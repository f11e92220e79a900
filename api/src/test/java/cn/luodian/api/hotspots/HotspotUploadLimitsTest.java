package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded units are counted while the request streams in: too many features or vertices stop the
 * reading with a 400 (the 150,000 features took 40 s, a 1,000,000-vertex polygon 51 s);
 * what is within the limits reads into the same tree as before.
 */
class HotspotUploadLimitsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final RestClient http = DemoServerForTest.http();

    private ResponseEntity<byte[]> giStar(String features) {
        String body = "{\"units\": \"upload\", \"k\": 4, \"valueProperty\": \"n\", \"features\": " + features + "}";
        return http.post().uri("/api/v1/hotspots/gi-star").contentType(MediaType.APPLICATION_JSON)
                .headers(h -> h.setBasicAuth("fenxi", "fenxi-demo")).body(body).retrieve().toEntity(byte[].class);
    }

    private static String detail(ResponseEntity<byte[]> answer) {
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        return MAPPER.readTree(answer.getBody()).get("detail").asString();
    }

    @Test
    void a150000FeatureUploadStopsAtTheLimit() {
        StringBuilder features = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int i = 0; i < 150_000; i++) {
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(116.6 + (i % 400) * 0.001).append(',').append(39.7 + (i / 400) * 0.0005)
                    .append("]},\"properties\":{\"n\":").append(i % 7).append("}}");
        }
        long start = System.nanoTime();
        ResponseEntity<byte[]> answer = giStar(features.append("]}").toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(detail(answer)).isEqualTo("分析单元太多：超过 100000 个要素（读到第 100001 个时停止）");
        System.out.println("150000 features refused in " + millis + " ms");
        assertThat(millis).isLessThan(15_000);
    }

    @Test
    void aMillionVertexPolygonStopsAtTheLimit() {
        StringBuilder ring = new StringBuilder();
        int n = 1_000_000;
        for (int i = 0; i < n; i++) {
            double angle = 2 * Math.PI * i / n;
            ring.append('[').append(116.7 + 0.01 * Math.cos(angle)).append(',').append(39.8 + 0.01 * Math.sin(angle))
                    .append("],");
        }
        ring.append(ring, 0, ring.indexOf("]") + 1); // closed: the first position again
        String features = "{\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"properties\": {\"n\": 1},"
                + " \"geometry\": {\"type\": \"Polygon\", \"coordinates\": [[" + ring + "]]}}]}";
        long start = System.nanoTime();
        ResponseEntity<byte[]> answer = giStar(features);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(detail(answer)).isEqualTo("上传的单元顶点太多：所有几何图形合计最多 200000 个顶点");
        System.out.println("1000000-vertex polygon refused in " + millis + " ms");
        assertThat(millis).isLessThan(15_000);
    }

    @Test
    void withinTheLimitsTheTreeIsWhatJacksonReads() {
        String collection = "{\"type\":\"FeatureCollection\",\"name\":null,\"features\":[{\"type\":\"Feature\",\"id\":12,"
                + "\"geometry\":{\"type\":\"MultiPoint\",\"coordinates\":[[116.7,39.8,12.5],[116.71,39.81]]},"
                + "\"properties\":{\"n\":3.25,\"big\":12345678901234,\"ok\":true,\"no\":false,\"list\":[1,\"二\",null],"
                + "\"nested\":{\"coordinates\":\"not geometry\"}}}]}";
        HotspotRequest read = MAPPER.readValue("{\"units\":\"upload\",\"features\":" + collection + "}", HotspotRequest.class);
        JsonNode plain = MAPPER.readTree(collection);
        assertThat(read.features()).isEqualTo(plain);
        assertThat(read.features().path("features").path(0).path("id").isIntegralNumber()).isTrue();
    }
}
