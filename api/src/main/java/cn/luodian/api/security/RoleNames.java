package cn.luodian.api.security;

/** The names the district's staff use for each role. */
final class RoleNames {
    private RoleNames() {
    }

    static String chinese(Role role) {
        return switch (role) {
            case DISPATCHER -> "坐席员";
            case TOWNSHIP_STAFF -> "街乡镇工作人员";
            case RESPONSIBLE_UNIT -> "责任单位";
            case SUPERVISOR -> "督办";
            case PLANNER -> "分析研判";
            case ADMIN -> "系统管理员";
            case GRID_WORKER -> "网格员";
        };
    }
}
