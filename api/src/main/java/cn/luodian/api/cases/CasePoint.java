package cn.luodian.api.cases;

import java.time.Instant;

/**
 * A case as statistics see it: where and when, what kind, which places; never who reported it.
 * {@code lon}/{@code lat} are WGS-84.
 */
public record CasePoint(long id, String number, String categoryCode, double lon, double lat, String townshipCode,
                        String villageCode, String gridCellCode, Instant receivedAt) {
}
