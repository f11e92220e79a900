package cn.luodian.api.stats;

import cn.luodian.api.system.BadRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How the rates are broken down: the {@code groupBy} parameter of {@code /api/v1/stats/rates}. */
public enum GroupBy {
    /** 乡镇/街道 the case lies in. */
    TOWNSHIP("乡镇/街道"),
    /** 责任单位 the case is (or was last) dispatched to. */
    UNIT("责任单位"),
    /** 大类 of the case's category. */
    CATEGORY("大类"),
    /** 小类: the case's own category. */
    SUBCATEGORY("小类"),
    /** All cases in the actor's jurisdiction together. */
    OVERALL("全部");

    private final String label;

    GroupBy(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GroupBy parse(String id) {
        for (GroupBy g : values()) {
            if (g.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                return g;
            }
        }
        throw new BadRequestException("分组方式 '" + id + "' 无效：应按" + Arrays.stream(values()).map(GroupBy::label).collect(Collectors.joining("、")) + "之一分组");
    }
}
