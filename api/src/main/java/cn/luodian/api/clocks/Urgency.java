package cn.luodian.api.clocks;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

public enum Urgency {
    NORMAL("一般"), URGENT("紧急"), EMERGENCY("特急");

    private final String label;

    Urgency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Urgency parse(String id) {
        return EnumIds.parse(values(), Urgency::id, id, "无法识别的紧急程度 '" + id + "'：应为一般、紧急或特急");
    }
}
