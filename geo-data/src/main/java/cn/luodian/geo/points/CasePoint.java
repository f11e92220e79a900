package cn.luodian.geo.points;

import java.util.Objects;

/**
 * One case as a point on the map, with the fields tiles and hotspot analyses filter on and show:
 * no description, no reporter. {@code lon}/{@code lat} are WGS-84; {@code state} and
 * {@code urgency} are the API ids ("dispatched", "urgent"); {@code category} the 小类 code.
 */
public record CasePoint(long id, double lon, double lat, String category, String state, String urgency,
                        long receivedEpochSecond, boolean overdue, String number) {

    public CasePoint {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(number, "number");
    }

    public CasePoint withOverdue(boolean value) {
        return new CasePoint(id, lon, lat, category, state, urgency, receivedEpochSecond, value, number);
    }
}
