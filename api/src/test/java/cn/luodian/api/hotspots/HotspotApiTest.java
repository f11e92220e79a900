package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hotspot endpoints as served (security filters, JSON binding, problem+json) by the demo
 * application with its 300 sample cases and demo users: who may ask, CSV, and every bad input.
 */
class HotspotApiTest {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private final RestClient http = DemoServerForTest.http();

    ResponseEntity<byte[]> post(String path, String body, String user, MediaType accept) {
        return http.post().uri("/api/v1/hotspots/" + path).contentType(MediaType.APPLICATION_JSON).accept(accept)
                .headers(h -> {
                    if (user != null) {
                        h.setBasicAuth(user, user + "-demo");
                    }
                })
                .body(body).retrieve().toEntity(byte[].class);
    }

    JsonNode json(ResponseEntity<byte[]> answer) {
        return MAPPER.readTree(answer.getBody());
    }

    @Test
    void signInFirstAndNotAsAResponsibleUnit() {
        ResponseEntity<byte[]> anonymous = post("gi-star", "{\"units\": \"township\", \"k\": 4}", null, MediaType.ALL);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(anonymous.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        ResponseEntity<byte[]> unit = post("gi-star", "{\"units\": \"township\", \"k\": 4}", "chengguan", MediaType.ALL);
        assertThat(unit.getStatusCode().value()).isEqualTo(403);
        assertThat(json(unit).get("title").asString()).isEqualTo("无权限");
        for (String user : new String[] {"fenxi", "zuoxi", "duban"}) {
            assertThat(post("gi-star", "{\"units\": \"township\", \"k\": 4}", user, MediaType.ALL).getStatusCode().value())
                    .as(user).isEqualTo(200);
        }
    }

    @Test
    void thePlannerGetsTheDistrictAndTownshipStaffTheirTownship() {
        JsonNode district = json(post("gi-star", "{\"units\": \"village\", \"distanceBandMetres\": 2000, \"fdr\": true}",
                "fenxi", MediaType.ALL));
        assertThat(district.get("features").size()).isGreaterThan(600);
        assertThat(district.get("summary").get("cases").asInt()).isGreaterThan(200);
        JsonNode first = district.get("features").get(0).get("properties");
        assertThat(first.propertyNames()).containsExactly("unitId", "name", "value", "z", "p", "bin", "label", "neighbours");
        JsonNode township = json(post("gi-star", "{\"units\": \"village\", \"distanceBandMetres\": 2000}", "huoxian",
                MediaType.ALL));
        assertThat(township.get("parameters").get("filter").get("scope").asString()).isEqualTo("110112106");
        for (JsonNode f : township.get("features")) {
            assertThat(f.get("properties").get("unitId").asString()).startsWith("110112106");
        }
        assertThat(post("gi-star", "{\"units\": \"village\", \"k\": 4, \"filter\": {\"admin\": \"110112121\"}}", "huoxian",
                MediaType.ALL).getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void everyEndpointAnswersOnTheSampleCasesAndAsCsv() {
        String[][] requests = {
            {"gi-star", "{\"units\": \"h3\", \"h3Resolution\": 8, \"k\": 6}"},
            {"local-moran", "{\"units\": \"township\", \"k\": 4}"},
            {"kernel-density", "{\"bandwidthMetres\": 1000, \"cellSizeMetres\": 500}"},
            {"emerging", "{\"units\": \"township\", \"k\": 4, \"timeStep\": \"week\", \"steps\": 12}"},
            {"warnings", "{\"units\": \"village\", \"windowHours\": 168, \"baselineWindows\": 8}"},
            {"monthly-topics", "{}"},
        };
        for (String[] request : requests) {
            ResponseEntity<byte[]> answer = post(request[0], request[1], "fenxi", MediaType.ALL);
            assertThat(answer.getStatusCode().value()).as(request[0]).isEqualTo(200);
            ResponseEntity<byte[]> csv = post(request[0], request[1], "fenxi", MediaType.parseMediaType("text/csv"));
            assertThat(csv.getStatusCode().value()).as(request[0]).isEqualTo(200);
            assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
            String text = new String(csv.getBody(), StandardCharsets.UTF_8);
            assertThat(text).as(request[0]).startsWith("\uFEFF");
            assertThat(text).doesNotContain("reporter").doesNotContain("phone");
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "gi-star | {\"units\": \"street\", \"k\": 4} | unknown units 'street'",
        "gi-star | {\"k\": 4} | units is required",
        "gi-star | {\"units\": \"township\"} | distanceBandMetres (such as 500) or k",
        "gi-star | {\"units\": \"township\", \"k\": 4, \"distanceBandMetres\": 500} | either distanceBandMetres or k, not both",
        "gi-star | {\"units\": \"township\", \"distanceBandMetres\": 0} | distanceBandMetres must be more than 0",
        "gi-star | {\"units\": \"township\", \"distanceBandMetres\": 100000} | at most 50000",
        "gi-star | {\"units\": \"township\", \"k\": 30} | k nearest neighbours must be at least 1 and less than the number of units",
        "gi-star | {\"units\": \"township\", \"k\": 4, \"weights\": \"inverse\"} | weights must be binary or row",
        "gi-star | {\"units\": \"h3\", \"h3Resolution\": 16, \"k\": 4} | h3Resolution 16 is out of range",
        "gi-star | {\"units\": \"h3\", \"h3Resolution\": 2, \"k\": 4} | h3Resolution 2 is out of range",
        "gi-star | {\"units\": \"h3\", \"k\": 4} | h3Resolution is required",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"from\": \"2026-12-01T00:00:00Z\", \"to\": \"2026-11-01T00:00:00Z\"}} | is after to",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"state\": \"lost\"}} | lost",
        "gi-star | {\"units\": \"grid\", \"k\": 4, \"filter\": {\"to\": \"2001-01-01T00:00:00Z\"}} | values are equal (0.0)",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": \"hello\"} | not GeoJSON",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"features\": {\"type\": \"FeatureCollection\", \"features\": []}} | valueProperty",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": []}} | no features",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.7, 39.8]}, \"properties\": {\"n\": 1}}, {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.8, 39.8]}, \"properties\": {\"n\": \"many\"}}]}} | feature 1: property 'n' is not a number",
        "gi-star | {\"units\": \"upload\", \"k\": 1, \"valueProperty\": \"n\", \"features\": {\"type\": \"FeatureCollection\", \"features\": [{\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [116.7, 39.8]}, \"properties\": {}}]}} | feature 0: property 'n' is missing",
        "local-moran | {\"units\": \"township\", \"k\": 4, \"permutations\": 1000000} | permutations must be between 0 and 9999",
        "kernel-density | {\"bandwidthMetres\": 0} | bandwidthMetres must be more than 0",
        "kernel-density | {\"bandwidthMetres\": 100000} | at most 50000",
        "kernel-density | {\"bandwidthMetres\": 500, \"cellSizeMetres\": 1} | too many cells",
        "kernel-density | {\"bandwidthMetres\": 500, \"bbox\": \"117,40,116,39\"} | min greater than max",
        "emerging | {\"units\": \"township\", \"k\": 4, \"timeStep\": \"hour\"} | timeStep must be day, week or month",
        "emerging | {\"units\": \"township\", \"k\": 4, \"steps\": 2} | steps must be between 3 and",
        "emerging | {\"units\": \"upload\", \"k\": 4} | has no cases in time",
        "warnings | {\"units\": \"township\", \"windowHours\": 0} | windowHours must be more than 0",
        "warnings | {\"units\": \"township\", \"threshold\": 2} | ",
        "warnings | {\"units\": \"township\", \"end\": \"yesterday\"} | end must be an ISO-8601 instant",
        "monthly-topics | {\"month\": \"2026-13\"} | month must be a calendar month",
        "monthly-topics | {\"filter\": {\"from\": \"2026-11-01T00:00:00Z\"}} | give month",
        "gi-star | {\"units\": | ",
    })
    void badInputIs400ProblemJson(String path, String body, String detail) {
        ResponseEntity<byte[]> answer = post(path, body, "fenxi", MediaType.ALL);
        assertThat(answer.getStatusCode().value()).as(body).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        if (detail != null) {
            assertThat(json(answer).get("detail").asString()).as(body).contains(detail);
        }
        ResponseEntity<byte[]> asCsv = post(path, body, "fenxi", MediaType.parseMediaType("text/csv"));
        assertThat(asCsv.getStatusCode().value()).as("with Accept: text/csv " + body).isEqualTo(400);
    }
}
