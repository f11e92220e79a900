package cn.luodian.api.cases;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Stored cases as the other features read them when they act for the system rather than for a
 * signed-in person: the exposure list composing and publishing its entries, the demo, the hotline
 * import skipping what it has stored. No jurisdiction check happens here; reads for a person go
 * through {@link CaseService}, changes through {@link CaseService} and {@link CaseTransitions}.
 */
@Component
public class CaseLookup {
    private final CaseRepository cases;
    private final CaseEventRepository events;

    public CaseLookup(CaseRepository cases, CaseEventRepository events) {
        this.cases = cases;
        this.events = events;
    }

    public Optional<CityCase> find(long id) {
        return cases.find(id);
    }

    public Optional<CityCase> findByNumber(String number) {
        return cases.findByNumber(number);
    }

    /** The case that a row of an external system (a 12345 work order number) became, if stored. */
    public Optional<CityCase> findByExternalId(CaseSource source, String externalId) {
        return cases.findByExternalId(source, externalId);
    }

    /** A page of the matching cases, newest first. */
    public List<CityCase> list(CaseFilter filter, int offset, int limit) {
        return cases.list(filter, offset, limit);
    }

    public long count(CaseFilter filter) {
        return cases.count(filter);
    }

    /** What the map needs of one case; see {@link #forEachPoint}. */
    @FunctionalInterface
    public interface PointSink {
        void add(long id, double lon, double lat, String categoryCode, String state, String urgency,
                 long receivedEpochSecond, boolean overdue, String number);
    }

    /** Every stored case as a point, streamed in one read (the case point index loads from it). */
    public void forEachPoint(PointSink sink) {
        cases.forEachPoint(sink);
    }

    /** The case's history, oldest first. */
    public List<CaseEvent> history(long caseId) {
        return events.list(caseId);
    }
}
