package cn.luodian.api.cases;

import cn.luodian.api.clocks.Deadlines;
import java.time.Instant;

/**
 * What a transition does to a case's fields, as a pure function: timestamps of the step, the
 * clocks it starts or clears, the unit. The service checks permission and legality first.
 */
final class CaseChanges {

    private CaseChanges() {
    }

    static CityCase apply(CityCase c, CaseAction action, CaseState to, TransitionRequest request, Long unitId,
                          Instant now, Deadlines deadlines) {
        CityCase.Builder next = c.toBuilder().state(to == null ? c.state() : to).updatedAt(now);
        switch (action) {
            case REGISTER -> next.registeredAt(now);
            case DISPATCH, REDISPATCH -> next.unitId(unitId)
                    .dispatchedAt(c.dispatchedAt() == null ? now : c.dispatchedAt())
                    // The new unit's reply clock starts now.
                    .responseDueAt(now.plus(deadlines.respondWithin()))
                    .respondedAt(null);
            case ACCEPT -> next.respondedAt(c.respondedAt() == null ? now : c.respondedAt());
            case REPLY -> next.reportedDoneAt(now);
            case REJECT_REPLY -> next.reportedDoneAt(null);
            case CLOSE -> next.closedAt(now)
                    .satisfaction(request.satisfaction() != null ? request.satisfaction() : c.satisfaction());
            case REOPEN -> next.closedAt(null).reportedDoneAt(null).registeredAt(now)
                    .resolveDueAt(now.plus(deadlines.resolveWithin())).overdue(false);
            case RATE -> next.satisfaction(request.satisfaction());
            case RECTIFY -> next.reportedDoneAt(now);
            case WRITE_OFF -> next.closedAt(now);
            case REEXPOSE -> next.closedAt(null).reportedDoneAt(null);
            default -> {
                // REJECT, RETURN, VERIFY, SUPERVISE, MERGE, EXPOSE change only the state (MERGE's link is set by the service).
            }
        }
        return next.build();
    }
}
