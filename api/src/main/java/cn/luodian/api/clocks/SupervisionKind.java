package cn.luodian.api.clocks;

import java.util.Locale;

public enum SupervisionKind {
    /** Not dispatched within the dispatch deadline (快速响应). */
    DISPATCH_OVERDUE("派遣超时"),
    /** No reply from the unit within the response deadline: phone supervision (督办). */
    RESPONSE_OVERDUE("响应超时督办"),
    /** Still no reply a further period after the supervision: escalated to the unit's leaders. */
    ESCALATION("升级督办"),
    /** An urgent case without feedback within its feedback deadline. */
    FEEDBACK_OVERDUE("反馈超时"),
    /** Open past its resolution deadline. */
    RESOLUTION_OVERDUE("办理超期"),
    /** Created by a person. */
    MANUAL("人工督办");

    private final String label;

    SupervisionKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
