package cn.luodian.api.cases;

import cn.luodian.api.clocks.Urgency;
import cn.luodian.geo.crs.Datum;
import java.time.Instant;

/**
 * A case as reported, before the system has placed, numbered and clocked it. {@code receivedAt}
 * is null for "now"; imports give the hotline's own time.
 */
public record NewCase(String categoryCode, String description, Urgency urgency, CaseSource source, double lon,
                      double lat, Datum datum, String reporterName, String reporterPhone, String externalId,
                      Instant receivedAt) {
}
