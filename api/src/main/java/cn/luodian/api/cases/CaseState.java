package cn.luodian.api.cases;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/**
 * The digital city-management case flow: 受理 → 立案 → 派遣 → 处置 → 反馈 → 核查 → 结案; a case on the
 * published exposure list (挂账督办) is {@link #EXPOSED} until its rectification is recorded and it is
 * taken off the record (销账).
 */
public enum CaseState {
    RECEIVED("受理"),
    REGISTERED("立案"),
    DISPATCHED("派遣"),
    IN_PROGRESS("处置中"),
    REPORTED_DONE("已反馈"),
    VERIFIED("核查"),
    CLOSED("结案"),
    RETURNED("退回"),
    REJECTED("不予立案"),
    MERGED("已合并"),
    EXPOSED("挂账"),
    RECTIFIED("已整改");

    private final String label;

    CaseState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Still someone's work: not closed, rejected or merged. */
    public boolean isOpen() {
        return this != CLOSED && this != REJECTED && this != MERGED;
    }

    public static CaseState parse(String id) {
        return EnumIds.parse(values(), CaseState::id, id, "无法识别的案件状态 '" + id + "'");
    }
}
