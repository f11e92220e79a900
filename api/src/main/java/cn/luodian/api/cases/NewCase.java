package cn.luodian.api.cases;

import cn.luodian.api.clocks.Urgency;
import cn.luodian.geo.crs.Datum;
import java.time.Instant;

/**
 * A case as reported, before the system has placed, numbered and clocked it. {@code receivedAt}
 * is null for "now"; imports give the hotline's own time. {@code componentCode} links the 部件 the
 * report is about (16 digits; null for none): it must be of the report's 小类 and near its place.
 */
public record NewCase(String categoryCode, String description, Urgency urgency, CaseSource source, double lon,
                      double lat, Datum datum, String reporterName, String reporterPhone, String externalId,
                      Instant receivedAt, String componentCode) {

    /** A report about no particular component. */
    public NewCase(String categoryCode, String description, Urgency urgency, CaseSource source, double lon, double lat,
                   Datum datum, String reporterName, String reporterPhone, String externalId, Instant receivedAt) {
        this(categoryCode, description, urgency, source, lon, lat, datum, reporterName, reporterPhone, externalId,
                receivedAt, null);
    }
}
