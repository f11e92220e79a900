package cn.luodian.api.hotline;

import cn.luodian.geo.io.ImportException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Which field of a record holds which column. A header that names a column twice, lacks a required
 * column, or gives a longitude without a latitude rejects the whole file; columns it does not know
 * are ignored and listed in the report.
 */
final class HotlineHeader {
    private final Map<HotlineColumn, Integer> indexes;
    private final int width;
    private final List<String> ignored;

    private HotlineHeader(Map<HotlineColumn, Integer> indexes, int width, List<String> ignored) {
        this.indexes = indexes;
        this.width = width;
        this.ignored = List.copyOf(ignored);
    }

    static HotlineHeader parse(CsvRecord header, String source, String encodingName) {
        Map<HotlineColumn, Integer> indexes = new EnumMap<>(HotlineColumn.class);
        List<String> ignored = new ArrayList<>();
        for (int i = 0; i < header.fields().size(); i++) {
            String name = header.fields().get(i);
            HotlineColumn column = HotlineColumn.byHeader(name);
            if (column == null) {
                if (!name.isBlank()) {
                    ignored.add(name.strip());
                }
                continue;
            }
            Integer earlier = indexes.put(column, i);
            if (earlier != null) {
                throw broken(source, "表头中" + column.label() + "出现了两次（第 " + (earlier + 1) + " 列和第 " + (i + 1) + " 列）");
            }
        }
        if (indexes.isEmpty()) {
            throw broken(source, "表头中没有任何可识别的列（按 " + encodingName + " 编码读取，文件是这种编码吗？）。应为 工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,位置描述,联系人,联系电话" + " 或其英文列名；实为：" + String.join(",", header.fields()));
        }
        List<String> missing = new ArrayList<>();
        for (HotlineColumn required : List.of(HotlineColumn.EXTERNAL_ID, HotlineColumn.CATEGORY, HotlineColumn.DESCRIPTION)) {
            if (!indexes.containsKey(required)) {
                missing.add(required.label());
            }
        }
        if (!missing.isEmpty()) {
            throw broken(source, "表头缺少必需的列：" + String.join("、", missing));
        }
        if (indexes.containsKey(HotlineColumn.LON) != indexes.containsKey(HotlineColumn.LAT)) {
            throw broken(source, "表头中" + HotlineColumn.LON.label() + "和" + HotlineColumn.LAT.label() + "只有一列：须两列都有");
        }
        if (!indexes.containsKey(HotlineColumn.LON) && !indexes.containsKey(HotlineColumn.LOCATION)) {
            throw broken(source, "表头中没有位置列：须有" + HotlineColumn.LON.label() + "和" + HotlineColumn.LAT.label() + "，或" + HotlineColumn.LOCATION.label());
        }
        return new HotlineHeader(indexes, header.fields().size(), ignored);
    }

    /** How many fields every record should have. */
    int width() {
        return width;
    }

    List<String> ignoredColumns() {
        return ignored;
    }

    /** The field of {@code column} in {@code record}, stripped; "" when the file has no such column. */
    String value(CsvRecord record, HotlineColumn column) {
        Integer index = indexes.get(column);
        if (index == null || index >= record.fields().size()) {
            return "";
        }
        return record.fields().get(index).strip();
    }

    private static ImportException broken(String source, String reason) {
        return ImportException.atLine(source, 1, reason);
    }
}
