package cn.luodian.api.hotline;

import cn.luodian.geo.io.ColumnNames;

/**
 * The columns of a hotline export, each known by its Chinese name, its English name and a few
 * names other hotline systems use ({@link ColumnNames}: matched ignoring case, spaces, '_' and '-').
 */
enum HotlineColumn {
    EXTERNAL_ID("工单编号", "externalId", "工单号"),
    RECEIVED_AT("来电时间", "receivedAt", "受理时间"),
    CATEGORY("诉求类别", "category", "问题类别"),
    DESCRIPTION("诉求内容", "description", "问题描述"),
    URGENCY("紧急程度", "urgency"),
    LON("经度", "lon", "lng", "longitude"),
    LAT("纬度", "lat", "latitude"),
    CRS("坐标系", "crs"),
    LOCATION("位置描述", "location", "地址", "address"),
    REPORTER_NAME("联系人", "reporterName", "来电人"),
    REPORTER_PHONE("联系电话", "reporterPhone", "来电号码"),
    /** The 部件 the call is about, when the hotline system recorded it: the case links to it. */
    COMPONENT_CODE("部件标识码", "componentCode", "部件编码", "部件编号");

    private final ColumnNames names;

    /** The Chinese name, then the English name and any others. */
    HotlineColumn(String chineseName, String... otherNames) {
        this.names = ColumnNames.of(chineseName, otherNames);
    }

    /** "工单编号": how messages name the column (in Chinese, as every message a user reads). */
    String label() {
        return names.label();
    }

    /** The column a header cell names, or null. */
    static HotlineColumn byHeader(String header) {
        return ColumnNames.find(values(), column -> column.names, header);
    }
}
