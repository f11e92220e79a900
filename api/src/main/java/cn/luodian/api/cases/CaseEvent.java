package cn.luodian.api.cases;

import java.time.Instant;

/** One step of a case's history: who did what, when, with which note. */
public record CaseEvent(long id, long caseId, String action, CaseState fromState, CaseState toState, String actor,
                        Instant at, String note, Long unitId) {
}
