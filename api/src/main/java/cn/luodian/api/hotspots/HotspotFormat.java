package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Which form an answer takes: {@code ?format=geojson|csv}, else {@code Accept: text/csv}, else GeoJSON. */
enum HotspotFormat {
    GEOJSON, CSV;

    static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");
    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    static HotspotFormat of(String format, String accept) {
        if (format != null && !format.isBlank()) {
            return switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
                case "geojson", "json" -> GEOJSON;
                case "csv" -> CSV;
                default -> throw new BadRequestException("格式应为 geojson 或 csv，实为 '" + format + "'");
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
        return ResponseEntity.ok().contentType(GEO_JSON).body(HotspotGeoJson.write(table));
    }
}
