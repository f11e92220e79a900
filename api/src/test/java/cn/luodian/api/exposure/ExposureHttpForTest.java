package cn.luodian.api.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.Map;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/** HTTP calls as the demo users (示例账号, password {@code <user>-demo}) for the exposure tests. */
@SuppressWarnings({"rawtypes", "unchecked"})
record ExposureHttpForTest(RestClient http) {
    static final byte[] PNG = png(0x8A6E4B);
    /** Another colour, so that before and after photos differ by content. */
    static final byte[] PNG_AFTER = png(0x3E7D3A);

    static byte[] png(int rgb) {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(60, 40, java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 60; x++) {
            for (int y = 0; y < 40; y++) {
                image.setRGB(x, y, rgb);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes());
    }

    ResponseEntity<Map> get(String user, String uri, Object... vars) {
        var request = http.get().uri(uri, vars);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(Map.class);
    }

    ResponseEntity<String> getText(String user, String uri, Object... vars) {
        var request = http.get().uri(uri, vars);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(String.class);
    }

    ResponseEntity<byte[]> getBytes(String user, String uri) {
        var request = http.get().uri(uri);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(byte[].class);
    }

    ResponseEntity<Map> post(String user, String uri, Object body, Object... vars) {
        var request = http.post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).body(body == null ? Map.of() : body);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> put(String user, String uri, Object body, Object... vars) {
        return http.put().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).body(body)
                .header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(Map.class);
    }

    ResponseEntity<Map> delete(String user, String uri, Object... vars) {
        return http.delete().uri(uri, vars).header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(Map.class);
    }

    /** A form post, with a file part when {@code content} is given. */
    ResponseEntity<Map> form(String user, String uri, Map<String, String> fields, byte[] content, Object... vars) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        if (content != null) {
            form.add("file", new ByteArrayResource(content) {
                @Override
                public String getFilename() {
                    return "photo.png";
                }
            });
        }
        var request = http.post().uri(uri, vars).contentType(MediaType.MULTIPART_FORM_DATA).body(form);
        if (user != null) {
            request.header(HttpHeaders.AUTHORIZATION, basic(user));
        }
        return request.retrieve().toEntity(Map.class);
    }

    /** Asserts the status (and problem+json for errors) and answers the body. */
    static Map expect(ResponseEntity<Map> response, int status) {
        assertThat(response.getStatusCode().value()).as(String.valueOf(response.getBody())).isEqualTo(status);
        if (status >= 400) {
            assertThat(response.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        }
        return response.getBody();
    }

    /** A registered, dispatched case at (lon, lat) with a before photo unless {@code photo} is false; its id. */
    long openCase(double lon, double lat, boolean photo) {
        Map c = expect(post("zuoxi", "/api/v1/cases", Map.of("category", "RX0101", "description", "测试：垃圾满溢",
                "urgency", "normal", "source", "staff", "location", Map.of("lon", lon, "lat", lat, "crs", "wgs84"))), 201);
        long id = ((Number) c.get("id")).longValue();
        expect(post("zuoxi", "/api/v1/cases/{id}/transitions", Map.of("action", "register"), id), 200);
        expect(post("zuoxi", "/api/v1/cases/{id}/transitions", Map.of("action", "dispatch"), id), 200);
        if (photo) {
            expect(form("zuoxi", "/api/v1/cases/{id}/photos", Map.of("stage", "before"), PNG, id), 201);
        }
        return id;
    }
}
