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
            throw new BadRequestException("bandwidthMetres is required (such as 500)");
        }
        if (!(bandwidth > 0) || bandwidth > settings.maxBandwidthMetres()) {
            throw new BadRequestException("bandwidthMetres must be more than 0 and at most " + settings.maxBandwidthMetres()
                    + ", was " + bandwidth);
        }
        double cellSize = request.cellSizeMetres() == null ? Math.max(10, Math.round(bandwidth / 5)) : request.cellSizeMetres();
        if (!(cellSize >= 1) || cellSize > bandwidth * 10) {
            throw new BadRequestException("cellSizeMetres must be at least 1 and at most 10 × bandwidthMetres, was " + cellSize);
        }
        return new KernelDensityOptions(bandwidth, cellSize);
    }
}
