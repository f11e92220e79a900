package cn.luodian.geo.component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of a component in an import file: CSV columns and GeoJSON property names alike, each
 * known by its Chinese name, its English name and a few other spellings. Names are matched ignoring
 * case, spaces, '_' and '-'.
 */
enum ComponentColumn {
    CODE("部件编码", "code", "部件标识码", "标识码", "编码"),
    CATEGORY("小类", "category", "部件小类", "小类代码"),
    NAME("名称", "name", "部件名称"),
    LON("经度", "lon", "lng", "longitude", "x"),
    LAT("纬度", "lat", "latitude", "y"),
    WKT("几何", "wkt", "geometry"),
    STATUS("状态", "status", "部件状态"),
    OWNER("权属单位", "owner", "ownerUnit", "主管单位"),
    MAINTAINER("养护单位", "maintainer", "maintainerUnit"),
    SURVEYED("普查日期", "surveyed", "surveyedOn", "调查日期"),
    SOURCE("来源", "source", "数据来源"),
    NOTES("备注", "notes", "note");

    private final String label;
    private final List<String> names;

    ComponentColumn(String label, String englishName, String... otherNames) {
        this.label = label;
        List<String> all = new ArrayList<>(List.of(label, englishName));
        all.addAll(List.of(otherNames));
        this.names = all.stream().map(ComponentColumn::normalize).toList();
    }

    /** "部件编码": how messages name the field. */
    String label() {
        return label;
    }

    /** The field a header cell or property name means, or null. */
    static ComponentColumn byName(String name) {
        String wanted = normalize(name);
        for (ComponentColumn column : values()) {
            if (column.names.contains(wanted)) {
                return column;
            }
        }
        return null;
    }

    private static String normalize(String name) {
        return name.strip().replaceAll("[\\s_\\-]", "").toLowerCase(Locale.ROOT);
    }
}
