package cn.luodian.geo.component;

import cn.luodian.geo.io.ColumnNames;

/**
 * The fields of a component in an import file: CSV columns and GeoJSON property names alike, each
 * known by its Chinese name, its English name and a few other spellings ({@link ColumnNames}).
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

    private final ColumnNames names;

    ComponentColumn(String label, String... otherNames) {
        this.names = ColumnNames.of(label, otherNames);
    }

    /** "部件编码": how messages name the field. */
    String label() {
        return names.label();
    }

    /** The field a header cell or property name means, or null. */
    static ComponentColumn byName(String name) {
        return ColumnNames.find(values(), column -> column.names, name);
    }
}
