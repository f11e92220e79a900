package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.EnumIds;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the units of an analysis are: reference areas of the store, H3 hexagons or the planner's own features. */
public enum UnitKind {
    /** 单元网格. */
    GRID,
    /** Uber H3 hexagons at a resolution. */
    H3,
    /** 村/社区. */
    VILLAGE,
    /** 乡镇/街道. */
    TOWNSHIP,
    /** A FeatureCollection sent with the request, with its own values. */
    UPLOAD;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static UnitKind parse(String input) {
        String known = Arrays.stream(values()).map(UnitKind::id).collect(Collectors.joining(", "));
        if (input == null || input.isBlank()) {
            throw new BadRequestException("缺少分析单元：应为单元网格、六边形格网、村/社区、乡镇/街道或上传的单元之一");
        }
        try {
            return EnumIds.parse(values(), UnitKind::id, input, "无法识别的分析单元 '" + input + "'");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
