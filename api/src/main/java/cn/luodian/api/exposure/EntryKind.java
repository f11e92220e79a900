package cn.luodian.api.exposure;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** What an entry says about its case in this period; declared in printed order (as the newspaper page). */
public enum EntryKind {
    /** On an earlier list and fixed since: shown with before and after photos (整治前后对比). */
    RECTIFIED("已整改"),
    /** Newly found, put on record in this period (新发现问题). */
    NEW("新发现"),
    /** On an earlier list and still not fixed (继续挂账). */
    CARRIED_OVER("继续挂账");

    private final String label;

    EntryKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind parse(String id) {
        return EnumIds.parse(values(), EntryKind::id, id, "无法识别的条目类型 '" + id + "'");
    }
}
