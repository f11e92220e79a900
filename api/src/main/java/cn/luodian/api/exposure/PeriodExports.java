package cn.luodian.api.exposure;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** A published period's list as GeoJSON (RFC 7946 points) and as CSV (UTF-8 with BOM, for Excel). */
final class PeriodExports {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] COLUMNS = {"期数", "序号", "类型", "编号", "位置描述", "乡镇街道", "村社区", "问题类别",
        "属地责任单位", "整改期限", "已挂账期数", "首次挂账期数", "经度", "纬度"};

    private PeriodExports() {
    }

    static String geoJson(PublishedPeriod p, String contentHash) {
        List<Object> features = new ArrayList<>();
        for (PublishedEntry e : p.entries()) {
            Map<String, Object> props = new LinkedHashMap<>();
            props.put("seq", e.seq());
            props.put("kind", e.kind().id());
            props.put("kindLabel", e.kind().label());
            props.put("caseRef", e.caseRef());
            props.put("text", e.text());
            props.put("township", e.township());
            props.put("village", e.village());
            props.put("category", e.category());
            props.put("unit", e.unit());
            props.put("deadline", e.deadline().toString());
            props.put("periodsOnList", e.periodsOnList());
            props.put("firstNumber", e.firstNumber());
            props.put("photo", e.photo() == null ? null : PublicLinks.file(e.photo()));
            props.put("after", e.after() == null ? null : PublicLinks.file(e.after()));
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(e.lon(), e.lat())));
            feature.put("properties", props);
            features.add(feature);
        }
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("publisher", p.publisherName());
        period.put("title", p.title());
        period.put("number", p.number());
        period.put("revision", p.revision());
        period.put("issueDate", p.issueDate().toString());
        period.put("contentHash", contentHash);
        period.put("demo", p.demo());
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("period", period);
        collection.put("features", features);
        return JSON.writeValueAsString(collection);
    }

    static byte[] csv(PublishedPeriod p) {
        StringBuilder b = new StringBuilder("\uFEFF");
        row(b, List.of(COLUMNS));
        for (PublishedEntry e : p.entries()) {
            row(b, List.of(String.valueOf(p.number()), String.valueOf(e.seq()), e.kind().label(), e.caseRef(), e.text(),
                    nz(e.township()), nz(e.village()), nz(e.category()), nz(e.unit()), e.deadline().toString(),
                    String.valueOf(e.periodsOnList()), String.valueOf(e.firstNumber()), String.valueOf(e.lon()),
                    String.valueOf(e.lat())));
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String cell = cells.get(i);
            // Quote what would break the row, and a leading =+-@ that Excel would run as a formula.
            boolean quote = cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r");
            if (!cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?[0-9.]+")) {
                cell = "'" + cell;
            }
            b.append(quote ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell);
        }
        b.append("\r\n");
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
