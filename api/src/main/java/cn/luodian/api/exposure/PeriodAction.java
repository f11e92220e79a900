package cn.luodian.api.exposure;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** The steps of a period: draft → (submit) in review → (publish) published; (return) back to draft. */
public enum PeriodAction {
    SUBMIT("送审"), RETURN("退回修改"), PUBLISH("发布");

    private final String label;

    PeriodAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodAction parse(String id) {
        return EnumIds.parse(values(), PeriodAction::id, id, "无法识别的操作 '" + id + "'：应为送审、退回修改或发布");
    }
}
