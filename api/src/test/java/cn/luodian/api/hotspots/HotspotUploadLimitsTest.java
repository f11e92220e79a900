package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploaded units are counted while the request streams in: too many features or vertices stop the
 * reading with a 400 (the 150,000 features took 40 s, a 1,000,000-vertex polygon 51 s);
 * what is within the limits reads into the same tree as before.
 */
class HotspotUploadLimitsTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /**
     * The request over a raw socket, sending in one thread while reading in another: the server
     * answers as soon as it stops reading, before a client writing 40 MB has finished, and then
     * closes (it reads away at most 2 MB of a refused body); the writer then stops.
     */
    /** The status line and detail of an answer, and the milliseconds from the first byte sent to the server's close. */
    private record Answer(String text, long millis) {
    }

    private static Answer giStar(String features) throws Exception {
        byte[] body = ("{\"units\": \"upload\", \"k\": 4, \"valueProperty\": \"n\", \"features\": " + features + "}")
                .getBytes(StandardCharsets.UTF_8);
        String head = "POST /api/v1/hotspots/gi-star HTTP/1.1\r\nHost: localhost\r\nAuthorization: Basic "
                + Base64.getEncoder().encodeToString("fenxi:fenxi-demo".getBytes(StandardCharsets.US_ASCII))
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n";
        AtomicBoolean answered = new AtomicBoolean();
        try (Socket socket = new Socket("localhost", DemoServerForTest.port())) {
            socket.setSoTimeout(120_000);
            OutputStream out = socket.getOutputStream();
            long start = System.nanoTime();
            CompletableFuture<Void> sending = CompletableFuture.runAsync(() -> {
                try {
                    out.write(head.getBytes(StandardCharsets.US_ASCII));
                    for (int offset = 0; offset < body.length && !answered.get(); offset += 64 * 1024) {
                        out.write(body, offset, Math.min(64 * 1024, body.length - offset));
                    }
                } catch (IOException e) {
                    // closed by the server once it had answered: expected for a refused upload
                }
            });
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            try {
                socket.getInputStream().transferTo(answer);
            } catch (SocketException reset) {
                // a reset after the answer arrived leaves the answer in hand
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            answered.set(true);
            sending.cancel(true);
            String text = answer.toString(StandardCharsets.UTF_8);
            Matcher detail = Pattern.compile("\"detail\":\"([^\"]*)\"").matcher(text);
            return new Answer(text.lines().findFirst().orElse("") + " | " + (detail.find() ? detail.group(1) : text), millis);
        }
    }

    @Test
    void a150000FeatureUploadStopsAtTheLimit() throws Exception {
        StringBuilder features = new StringBuilder("{\"type\": \"FeatureCollection\", \"features\": [");
        for (int i = 0; i < 150_000; i++) {
            features.append(i == 0 ? "" : ",").append("{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[")
                    .append(116.6 + (i % 400) * 0.001).append(',').append(39.7 + (i / 400) * 0.0005)
                    .append("]},\"properties\":{\"n\":").append(i % 7).append("}}");
        }
        Answer answer = giStar(features.append("]}").toString());
        long millis = answer.millis();
        assertThat(answer.text()).startsWith("HTTP/1.1 400").endsWith(" | 分析单元太多：超过 100000 个要素（读到第 100001 个时停止）");
        System.out.println("150000 features: answered and closed " + millis + " ms after the first byte was sent");
        assertThat(millis).isLessThan(15_000);
    }

    @Test
    void aMillionVertexPolygonStopsAtTheLimit() throws Exception {
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
        Answer answer = giStar(features);
        long millis = answer.millis();
        assertThat(answer.text()).startsWith("HTTP/1.1 400").endsWith(" | 上传的单元顶点太多：所有几何图形合计最多 200000 个顶点");
        System.out.println("1000000-vertex polygon: answered and closed " + millis + " ms after the first byte was sent");
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
