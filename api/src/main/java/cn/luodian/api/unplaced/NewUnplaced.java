package cn.luodian.api.unplaced;

import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.describe.SentenceReading;
import java.time.Instant;

/**
 * A report as received whose words gave no single place: everything the caller said, and the
 * reading of the words (why not, and the places they could mean). {@code receivedAt} null is now.
 */
public record NewUnplaced(CaseSource source, String externalId, String categoryCode, String description,
                          Urgency urgency, String reporterName, String reporterPhone, Instant receivedAt,
                          SentenceReading reading) {
}
