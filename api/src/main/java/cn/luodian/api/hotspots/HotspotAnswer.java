package cn.luodian.api.hotspots;

import org.springframework.http.ResponseEntity;

/**
 * What an analysis answers, written in the format the client asked for: a {@link HotspotTable}
 * (GeoJSON or CSV) for the statistics over units, or 每月一题's own rankings
 * ({@link MonthlyTopicsAnalysis}).
 */
interface HotspotAnswer {

    /** The HTTP answer; {@code name} names a CSV download. */
    ResponseEntity<byte[]> write(HotspotFormat format, String name);
}
