package cn.luodian.api.hotspots;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Point;

/**
 * A {@link HotspotTable} as CSV (RFC 4180, CRLF): one line per row with its properties and the
 * WGS-84 centroid ({@code lon}, {@code lat}) instead of the geometry (when rows have one). UTF-8 with a byte-order mark,
 * because Excel (what most planners open it with) reads Chinese names as mojibake without one.
 */
final class HotspotCsv {
    private static final String BOM = "\uFEFF";

    private HotspotCsv() {
    }

    static byte[] write(HotspotTable table) {
        Set<String> columns = new LinkedHashSet<>();
        table.rows().forEach(r -> columns.addAll(r.properties().keySet()));
        StringBuilder csv = new StringBuilder(BOM);
        boolean located = table.rows().stream().anyMatch(r -> r.geometry() != null);
        csv.append(columns.stream().map(HotspotCsv::field).collect(Collectors.joining(",")))
                .append(located ? ",lon,lat\r\n" : "\r\n");
        for (HotspotTable.Row row : table.rows()) {
            csv.append(columns.stream().map(c -> field(row.properties().get(c))).collect(Collectors.joining(",")));
            if (located) {
                Point centroid = row.geometry() == null ? null : row.geometry().getCentroid();
                csv.append(',').append(centroid == null ? "" : coordinate(centroid.getX()))
                        .append(',').append(centroid == null ? "" : coordinate(centroid.getY()));
            }
            csv.append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String coordinate(double degrees) {
        return String.valueOf(Math.round(degrees * 1e7) / 1e7);
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text;
        if (value instanceof Collection<?> list) {
            // Lists (the case numbers behind a warning) go in one field, separated by spaces.
            text = list.stream().map(String::valueOf).collect(Collectors.joining(" "));
        } else {
            text = String.valueOf(value);
        }
        if (!(value instanceof Number) && !text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
            // An uploaded name such as "=HYPERLINK(…)" must stay text in a spreadsheet, never a formula.
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
