package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;

/**
 * What a kernel density request asks for, checked: the quartic kernel's radius and the side of an
 * output cell, both in metres. The area is settled later, since it may come from the selection.
 *
 * @param bandwidthMetres more than 0, at most {@code luodian.hotspots.max-bandwidth-metres}
 * @param cellSizeMetres  at least 1 and at most 10 × the bandwidth; by default a fifth of it (≥ 10)
 */
record KernelDensityOptions(double bandwidthMetres, double cellSizeMetres) {

    static KernelDensityOptions of(HotspotRequest request, HotspotSettings settings) {
        Double bandwidth = request.bandwidthMetres();
        if (bandwidth == null) {
            throw new BadRequestException("缺少带宽（米），如 500");
        }
        if (!(bandwidth > 0) || bandwidth > settings.maxBandwidthMetres()) {
            throw new BadRequestException("带宽应大于 0 米且不超过 " + settings.maxBandwidthMetres() + " 米，实为 " + bandwidth);
        }
        double cellSize = request.cellSizeMetres() == null ? Math.max(10, Math.round(bandwidth / 5)) : request.cellSizeMetres();
        if (!(cellSize >= 1) || cellSize > bandwidth * 10) {
            throw new BadRequestException("格网大小应至少 1 米且不超过带宽的 10 倍，实为 " + cellSize);
        }
        return new KernelDensityOptions(bandwidth, cellSize);
    }
}
