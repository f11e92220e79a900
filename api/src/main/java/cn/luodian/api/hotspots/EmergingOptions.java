package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.EmergingHotspots;
import cn.luodian.geo.hotspot.WeightStyle;
import java.time.Instant;
import java.time.ZoneId;

/**
 * What an emerging hot spot request asks for, checked: the neighbourhood (binary by default), the
 * cube's time steps, and the core's options (one previous step, 95 %, FDR unless {@code fdr: false}).
 */
record EmergingOptions(NeighbourWeights neighbourhood, TimeSteps time, EmergingHotspots.Options core) {

    static EmergingOptions of(HotspotRequest request, HotspotSettings settings, ZoneId zone, Instant now) {
        if (request.filterHasTime()) {
            throw new BadRequestException("时空热点趋势的时间由时间步长、步数和结束时间决定，不使用筛选条件中的开始和结束时间");
        }
        NeighbourWeights neighbourhood = NeighbourWeights.of(request, WeightStyle.BINARY, settings);
        TimeSteps time = TimeSteps.of(request.timeStep(), request.steps(), request.end(), settings.maxTimeSteps(), zone, now);
        boolean fdr = request.fdr() == null || request.fdr();
        EmergingHotspots.Options core = HotspotCore.call(() -> new EmergingHotspots.Options(1, 0.05, fdr));
        return new EmergingOptions(neighbourhood, time, core);
    }
}
