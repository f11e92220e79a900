package cn.luodian.geo.component;

import cn.luodian.geo.io.CsvFields;
import cn.luodian.geo.io.ImportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which field of a line holds which column. A header that names a column twice, lacks 部件编码, or
 * has neither 经度 and 纬度 nor 几何 refuses the whole file; columns it does not know are ignored.
 */
record ComponentCsvHeader(Map<ComponentColumn, Integer> columns, int width) {

    static ComponentCsvHeader parse(String line, String source, String encodingName) {
        if (line == null || line.isBlank()) {
            throw ImportException.atLine(source, 1, "文件没有表头：第一行应为列名，如 部件编码,名称,经度,纬度,状态");
        }
        List<String> names;
        try {
            names = CsvFields.split(line);
        } catch (IllegalArgumentException e) {
            throw ImportException.atLine(source, 1, "表头" + e.getMessage());
        }
        Map<ComponentColumn, Integer> columns = new EnumMap<>(ComponentColumn.class);
        for (int i = 0; i < names.size(); i++) {
            ComponentColumn column = ComponentColumn.byName(names.get(i));
            if (column == null) {
                continue;
            }
            Integer earlier = columns.put(column, i);
            if (earlier != null) {
                throw ImportException.atLine(source, 1, "表头中" + column.label() + "出现了两次（第 " + (earlier + 1) + " 列和第 " + (i + 1) + " 列）");
            }
        }
        List<String> missing = new ArrayList<>();
        if (!columns.containsKey(ComponentColumn.CODE)) {
            missing.add(ComponentColumn.CODE.label());
        }
        boolean lonLat = columns.containsKey(ComponentColumn.LON) && columns.containsKey(ComponentColumn.LAT);
        if (!lonLat && !columns.containsKey(ComponentColumn.WKT)) {
            missing.add(ComponentColumn.LON.label() + "和" + ComponentColumn.LAT.label() + "（或" + ComponentColumn.WKT.label() + "）");
        }
        if (!missing.isEmpty()) {
            throw ImportException.atLine(source, 1, "表头缺少" + String.join("、", missing) + "列（按 " + encodingName
                    + " 编码读取）。应为 部件编码,小类,名称,经度,纬度,状态,权属单位,养护单位,普查日期,来源,备注 或其英文列名；实为："
                    + ComponentText.shown(line));
        }
        return new ComponentCsvHeader(Map.copyOf(columns), names.size());
    }
}
