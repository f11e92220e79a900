package cn.luodian.api.cases;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** The reporter's verdict at the return visit (回访). 满意率 counts SATISFIED and BASICALLY_SATISFIED. */
public enum Satisfaction {
    SATISFIED("满意"), BASICALLY_SATISFIED("基本满意"), UNSATISFIED("不满意");

    private final String label;

    Satisfaction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isSatisfied() {
        return this != UNSATISFIED;
    }

    public static Satisfaction parse(String id) {
        return EnumIds.parse(values(), Satisfaction::id, id, "无法识别的满意度 '" + id + "'：应为满意、基本满意或不满意");
    }
}
