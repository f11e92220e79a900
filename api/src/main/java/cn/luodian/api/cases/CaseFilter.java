package cn.luodian.api.cases;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * What a case list is narrowed to. Null fields do not filter. {@code adminCode} is a district,
 * township or village code; {@code categoryPrefix} matches a 大类 or a 小类 code; {@code scopeCode}
 * and {@code unitId} are the actor's limits, applied on top of the client's own filters; so are
 * {@code workerCells} and {@code reporter} for a grid worker (the cases in those cells or reported by
 * that user; null: no such limit); {@code gridWorker} the cases placed with that grid worker;
 * {@code sources} the ways in the cases came (Open311's public reads show only what the district
 * publishes).
 */
public record CaseFilter(Envelope bbox, String adminCode, String gridCellCode, String categoryPrefix,
                         Set<CaseState> states, Instant receivedFrom, Instant receivedTo, Boolean overdue,
                         String scopeCode, Long unitId, List<String> workerCells, String reporter,
                         String gridWorker, Set<CaseSource> sources) {

    public CaseFilter {
        workerCells = workerCells == null ? null : List.copyOf(workerCells);
        sources = sources == null ? null : Set.copyOf(sources);
    }

    /** A filter without a grid worker's limit. */
    public CaseFilter(Envelope bbox, String adminCode, String gridCellCode, String categoryPrefix,
                      Set<CaseState> states, Instant receivedFrom, Instant receivedTo, Boolean overdue,
                      String scopeCode, Long unitId) {
        this(bbox, adminCode, gridCellCode, categoryPrefix, states, receivedFrom, receivedTo, overdue, scopeCode, unitId,
                null, null, null, null);
    }

    public static CaseFilter none() {
        return new CaseFilter(null, null, null, null, null, null, null, null, null, null);
    }

    public CaseFilter withScope(String scope, Long unit) {
        return new CaseFilter(bbox, adminCode, gridCellCode, categoryPrefix, states, receivedFrom, receivedTo, overdue,
                scope, unit, workerCells, reporter, gridWorker, sources);
    }

    /** Limited to the cases in {@code cells} or reported by {@code username}: a grid worker's. */
    public CaseFilter withWorker(List<String> cells, String username) {
        return new CaseFilter(bbox, adminCode, gridCellCode, categoryPrefix, states, receivedFrom, receivedTo, overdue,
                scopeCode, unitId, cells, username, gridWorker, sources);
    }

    /** Limited to the cases placed with grid worker {@code username} (the worker stored with the case). */
    public CaseFilter withGridWorker(String username) {
        return new CaseFilter(bbox, adminCode, gridCellCode, categoryPrefix, states, receivedFrom, receivedTo, overdue,
                scopeCode, unitId, workerCells, reporter, username, sources);
    }

    /** Limited to the cases that came in one of these ways. */
    public CaseFilter withSources(Set<CaseSource> only) {
        return new CaseFilter(bbox, adminCode, gridCellCode, categoryPrefix, states, receivedFrom, receivedTo, overdue,
                scopeCode, unitId, workerCells, reporter, gridWorker, only);
    }
}
