package cn.luodian.api.security;

/**
 * What a signed-in person does in the district's workflow. Each user has exactly one role and a
 * jurisdiction scope (an admin code: the district, a township or a village).
 */
public enum Role {
    /** 坐席员: receives hotline cases, registers and dispatches them, chases late replies. */
    DISPATCHER,
    /** 街乡镇工作人员: sees and handles the cases of their own township. */
    TOWNSHIP_STAFF,
    /** 责任单位: fixes what is dispatched to it, uploads photos, replies. */
    RESPONSIBLE_UNIT,
    /** 城市管理委员会 督办: supervises, verifies, publishes the exposure list. */
    SUPERVISOR,
    /** 分析研判: reads statistics and hotspots, never reporter contact data. */
    PLANNER,
    /** Runs the installation: users, rules, taxonomy. */
    ADMIN,
    /** 网格员: patrols the unit grid cells of their 责任网格, reports what is wrong, verifies (核查) fixes. */
    GRID_WORKER
}
