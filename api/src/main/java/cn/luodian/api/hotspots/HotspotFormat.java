package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Which form an answer takes: {@code ?format=geojson|csv|compact}, else {@code Accept: text/csv}, else
 * GeoJSON. {@code compact} is the workspace's own form for the map and the table ({@link HotspotCompactJson}).
 */
enum HotspotFormat {
    GEOJSON, CSV, COMPACT;

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static HotspotFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "geojson", "json" -> GEOJSON;
                case "csv" -> CSV;
                case "compact" -> COMPACT;
                default -> throw new BadRequestException("结果格式只能是 geojson、csv 或 compact，收到的是“"
                        + (format.length() > 40 ? format.substring(0, 40) + "…" : format) + "”");
            };
        }
        if (accept == null || accept.isBlank()) {
            return GEOJSON;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream()
                    .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("csv")) ? CSV : GEOJSON;
        } catch (InvalidMediaTypeException e) {
            return GEOJSON;
        }
    }

    ResponseEntity<byte[]> answer(HotspotTable table, String name) {
        if (this == CSV) {
            return ResponseEntity.ok().contentType(TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".csv\"")
                    .body(HotspotCsv.write(table));
        }
        if (this == COMPACT) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(HotspotCompactJson.write(table));
        }
        return ResponseEntity.ok().contentType(GEO_JSON).body(HotspotGeoJson.write(table));
    }
}
