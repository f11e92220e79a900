package cn.luodian.api.unplaced;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** Where a report without a single place stands. */
public enum UnplacedState {
    WAITING("待定位"), PLACED("已定位"), DISCARDED("已作废");

    private final String label;

    UnplacedState(String label) {
        this.label = label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static UnplacedState fromId(String id) {
        return EnumIds.parse(values(), UnplacedState::id, id, "未知的待定位状态“" + id + "”");
    }
}
