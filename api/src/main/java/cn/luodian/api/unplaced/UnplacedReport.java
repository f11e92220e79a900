package cn.luodian.api.unplaced;

import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.clocks.Urgency;
import java.time.Instant;
import java.util.List;

/**
 * A stored report waiting for its place (or placed, or discarded). {@code placedCaseId} is the case
 * it became; {@code candidates} are the separate places its words fit (WGS-84), possibly none.
 */
public record UnplacedReport(long id, CaseSource source, String externalId, String categoryCode, String description,
                             Urgency urgency, String locationText, String reason, String reporterName,
                             String reporterPhone, Instant receivedAt, String createdBy, Instant createdAt,
                             UnplacedState state, Long placedCaseId, String closedBy, Instant closedAt,
                             String discardReason, List<Candidate> candidates) {

    public UnplacedReport {
        candidates = List.copyOf(candidates);
    }

    /** One place the words could mean: its spot and the radius in metres that holds it. */
    public record Candidate(double lon, double lat, double uncertaintyMetres) {
    }
}
