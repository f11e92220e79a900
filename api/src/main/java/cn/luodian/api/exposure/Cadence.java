package cn.luodian.api.exposure;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** How often a publisher brings out a period. */
public enum Cadence {
    WEEKLY("每周"), MONTHLY("每月"), AD_HOC("不定期");

    private final String label;

    Cadence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Cadence parse(String id) {
        return EnumIds.parse(values(), Cadence::id, id, "无法识别的发布周期 '" + id + "'：应为每周、每月或不定期");
    }
}
