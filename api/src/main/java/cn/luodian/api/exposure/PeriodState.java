package cn.luodian.api.exposure;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** A period is composed as a draft, reviewed, then published; a published period never changes. */
public enum PeriodState {
    DRAFT("草稿"), IN_REVIEW("待审核"), PUBLISHED("已发布");

    private final String label;

    PeriodState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PeriodState parse(String id) {
        return EnumIds.parse(values(), PeriodState::id, id, "无法识别的期状态 '" + id + "'");
    }
}
