package cn.luodian.geo.component;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.GeometryRepair;
import cn.luodian.geo.io.LayerFeatureParser;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * One row of a component file (a CSV line or a GeoJSON feature's properties) to a {@link Component}:
 * the rules both readers share. Every refusal is an IllegalArgumentException with the Chinese reason;
 * the reader adds where it was. One parser per file: it remembers the codes seen, to refuse repeats.
 */
final class ComponentRowParser {
    /** Surveys of today's city; an earlier date is a typing error. */
    static final LocalDate EARLIEST_SURVEY = LocalDate.of(1950, 1, 1);
    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d"), DateTimeFormatter.ofPattern("uuuu/M/d"),
            DateTimeFormatter.ofPattern("uuuuMMdd"), DateTimeFormatter.ofPattern("uuuu.M.d"));

    private final ComponentCategories categories;
    private final ComponentStatuses statuses;
    private final Datum datum;
    private final LocalDate today;
    private final Map<String, String> firstSeenAt = new HashMap<>();

    ComponentRowParser(ComponentCategories categories, ComponentStatuses statuses, Datum datum, LocalDate today) {
        this.categories = categories;
        this.statuses = statuses;
        this.datum = datum;
        this.today = today;
    }

    /** The component of one row; {@code geometry} is as given (lon/lat in the file's datum), {@code where} names the row. */
    Component parse(Map<ComponentColumn, String> values, Geometry geometry, String where) {
        ComponentCode code = ComponentCode.parse(required(values, ComponentColumn.CODE), categories);
        String category = values.getOrDefault(ComponentColumn.CATEGORY, "");
        if (!category.isEmpty() && !category.equals(code.categoryCode())
                && !categories.findName(code.categoryCode()).orElse("").equals(category)) {
            throw new IllegalArgumentException("小类 '" + ComponentText.shown(category) + "' 与部件标识码 " + code
                    + " 中的小类 " + code.categoryCode() + "（" + categories.findName(code.categoryCode()).orElse("") + "）不符");
        }
        String name = values.getOrDefault(ComponentColumn.NAME, "");
        String status = values.getOrDefault(ComponentColumn.STATUS, "");
        Component component = new Component(code,
                name.isEmpty() ? categories.findName(code.categoryCode()).orElse(code.categoryCode()) : name,
                toWgs84(geometry),
                statuses.check(status.isEmpty() ? statuses.defaultStatus() : status),
                values.get(ComponentColumn.OWNER), values.get(ComponentColumn.MAINTAINER),
                surveyDate(values.getOrDefault(ComponentColumn.SURVEYED, "")),
                values.get(ComponentColumn.SOURCE), values.get(ComponentColumn.NOTES));
        String earlier = firstSeenAt.putIfAbsent(code.value(), where);
        if (earlier != null) {
            throw new IllegalArgumentException("部件标识码 " + code + " 重复：" + earlier + "已有");
        }
        return component;
    }

    /** In range for the datum, then WGS-84, then repaired as reference layers are. */
    private Geometry toWgs84(Geometry geometry) {
        LayerFeatureParser.checkCoordinateRange(geometry, datum);
        Geometry wgs84 = datum.toWgs84(geometry);
        return wgs84 instanceof Point ? wgs84 : GeometryRepair.repair(wgs84);
    }

    private LocalDate surveyDate(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            LocalDate date;
            try {
                date = LocalDate.parse(text, format);
            } catch (DateTimeParseException e) {
                continue;
            }
            if (date.isBefore(EARLIEST_SURVEY) || date.isAfter(today)) {
                throw new IllegalArgumentException("普查日期 " + date + " 不合理：应在 " + EARLIEST_SURVEY + " 到今天（" + today + "）之间");
            }
            return date;
        }
        throw new IllegalArgumentException("普查日期 '" + ComponentText.shown(text) + "' 不是日期：应写作 2026-05-01");
    }

    private static String required(Map<ComponentColumn, String> values, ComponentColumn column) {
        String value = values.getOrDefault(column, "");
        if (value.isEmpty()) {
            throw new IllegalArgumentException(column.label() + "为空");
        }
        return value;
    }
}
