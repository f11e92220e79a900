package cn.luodian.api.cases;

import cn.luodian.api.security.Role;
import cn.luodian.api.system.EnumIds;

/** Where a case came from. */
public enum CaseSource {
    HOTLINE_12345("hotline_12345", "12345热线"),
    GRID_PATROL("grid_patrol", "网格巡查"),
    STAFF("staff", "工作人员"),
    PUBLIC("public", "市民上报");

    private final String id;
    private final String label;

    CaseSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /**
     * Whether a signed-in user with this role may report a case from this source through the case
     * API: 市民上报 enter only through the public interface (Open311), 12345 tickets through the
     * hotline's 坐席员 or its import (and those who run the centre); 工作人员 and 网格巡查 anyone who may report.
     */
    public boolean mayBeChosenBy(Role role) {
        return switch (this) {
            case PUBLIC -> false;
            case HOTLINE_12345 -> role == Role.DISPATCHER || role == Role.SUPERVISOR || role == Role.ADMIN;
            case STAFF, GRID_PATROL -> true;
        };
    }

    public static CaseSource parse(String id) {
        return EnumIds.parse(values(), CaseSource::id, id, "无法识别的案件来源 '" + id + "'：应为 12345 热线、网格巡查、工作人员或公众");
    }
}
