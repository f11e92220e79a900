package cn.luodian.geo.component;

import cn.luodian.geo.io.CsvFields;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.TextEncoding;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/**
 * Reads a component CSV (columns in the package description) in UTF-8 or GBK, all or nothing. One
 * record per line: a quoted field may hold commas but no line break.
 */
final class ComponentCsvReader {
    static final int MAX_LINE_CHARS = 64 * 1024;

    private final ComponentFileReader settings;

    ComponentCsvReader(ComponentFileReader settings) {
        this.settings = settings;
    }

    List<Component> read(TextEncoding.Source file, String name, Charset requested, ComponentRowParser parser) {
        ComponentImportErrors errors = new ComponentImportErrors(name);
        Charset charset;
        try {
            charset = TextEncoding.detect(file, name, requested);
        } catch (ImportException e) {
            errors.add(e);
            throw errors.failure();
        }
        List<Component> components = new ArrayList<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(file.open(), TextEncoding.strictDecoder(charset)), 1 << 16)) {
            String headerLine = in.readLine();
            if (headerLine != null && headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            ComponentCsvHeader header = ComponentCsvHeader.parse(headerLine, name, TextEncoding.displayName(charset));
            WKTReader wkt = new WKTReader(GeoJsonFeatureReader.WGS84_FACTORY);
            long lineNumber = 1;
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                if (components.size() + errors.total() >= settings.maxComponents()) {
                    errors.ofFile("部件过多：一个文件最多 " + settings.maxComponents() + " 个部件，请分文件导入");
                    break;
                }
                try {
                    components.add(row(line, header, wkt, parser, lineNumber));
                } catch (IllegalArgumentException e) {
                    errors.atLine(lineNumber, e.getMessage());
                }
            }
        } catch (ImportException e) {
            errors.add(e);
        } catch (IOException e) {
            errors.ofFile("无法读取文件：" + e.getMessage());
        }
        errors.throwIfAny();
        return List.copyOf(components);
    }

    private static Component row(String line, ComponentCsvHeader header, WKTReader wkt, ComponentRowParser parser, long lineNumber) {
        if (line.length() > MAX_LINE_CHARS) {
            throw new IllegalArgumentException("这一行过长（最多 " + MAX_LINE_CHARS + " 个字符，实有 " + line.length() + " 个）");
        }
        List<String> fields = CsvFields.split(line);
        if (fields.size() > header.width()) {
            throw new IllegalArgumentException("应有 " + header.width() + " 列，实有 " + fields.size() + " 列（含逗号的值要放在双引号中）");
        }
        Map<ComponentColumn, String> values = new EnumMap<>(ComponentColumn.class);
        header.columns().forEach((column, index) -> values.put(column, index < fields.size() ? fields.get(index).strip() : ""));
        return parser.parse(values, geometry(values, wkt), "第 " + lineNumber + " 行");
    }

    /** The row's point (经度, 纬度) or, when the 几何 column has a value, its WKT line or polygon. */
    private static Geometry geometry(Map<ComponentColumn, String> values, WKTReader wkt) {
        String text = values.getOrDefault(ComponentColumn.WKT, "");
        if (!text.isEmpty()) {
            try {
                return wkt.read(text);
            } catch (ParseException | IllegalArgumentException e) {
                throw new IllegalArgumentException("几何 '" + ComponentText.shown(text) + "' 不是有效的几何文本（线或面的坐标文本写法有误）");
            }
        }
        double lon = number(values, ComponentColumn.LON);
        double lat = number(values, ComponentColumn.LAT);
        return GeoJsonFeatureReader.WGS84_FACTORY.createPoint(new Coordinate(lon, lat));
    }

    private static double number(Map<ComponentColumn, String> values, ComponentColumn column) {
        String text = values.getOrDefault(column, "");
        if (text.isEmpty()) {
            throw new IllegalArgumentException(column.label() + "为空（没有几何时须有经度和纬度）");
        }
        try {
            double value = Double.parseDouble(text);
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // the message below says what was wrong
        }
        throw new IllegalArgumentException(column.label() + " '" + ComponentText.shown(text) + "' 不是数字");
    }
}
