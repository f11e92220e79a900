package cn.luodian.api.cases;

import cn.luodian.api.clocks.ClockSettings;
import cn.luodian.api.clocks.Supervision;
import cn.luodian.api.clocks.SupervisionKind;
import cn.luodian.api.clocks.Supervisions;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision clocks: finds open cases whose deadlines have passed and creates the supervision
 * record each deserves (once per kind), escalates unanswered supervisions, and marks cases past
 * their resolution deadline overdue.
 */
@Service
public class CaseClockCheck {
    static final String CLOCK_ACTOR = "督办时钟";

    private final CaseRepository cases;
    private final Supervisions supervisions;
    private final ClockSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    public CaseClockCheck(CaseRepository cases, Supervisions supervisions,
                          ClockSettings settings, Clock clock, TransactionTemplate transactions,
                          ApplicationEventPublisher publisher) {
        this.cases = cases;
        this.supervisions = supervisions;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
        this.publisher = publisher;
    }

    public record Result(int supervisionsCreated, int markedOverdue) {
    }

    public Result run() {
        return transactions.execute(status -> {
            Instant now = clock.instant();
            int created = 0;
            created += supervise(SupervisionKind.DISPATCH_OVERDUE,
                    "state IN ('received', 'registered') AND dispatch_due_at < ?", now);
            created += supervise(SupervisionKind.RESPONSE_OVERDUE,
                    "state = 'dispatched' AND responded_at IS NULL AND response_due_at < ?", now);
            created += supervise(SupervisionKind.FEEDBACK_OVERDUE,
                    "state NOT IN ('closed', 'rejected', 'merged', 'reported_done', 'verified', 'rectified') AND feedback_due_at < ?", now);
            created += supervise(SupervisionKind.RESOLUTION_OVERDUE,
                    "state NOT IN ('closed', 'rejected', 'merged') AND resolve_due_at < ?", now);
            created += escalate(now);
            String becomingOverdue = "overdue = FALSE AND state NOT IN ('closed', 'rejected', 'merged') AND resolve_due_at < ?";
            // The ids first, in the same transaction, so that the tiles of exactly these cases are refreshed.
            List<Long> ids = cases.idsWhere(becomingOverdue, now);
            int overdue = cases.markOverdueWhere(becomingOverdue, now);
            if (!ids.isEmpty()) {
                publisher.publishEvent(new CasesMarkedOverdue(ids));
            }
            return new Result(created, overdue);
        });
    }

    /** One record of {@code kind} for each matching case that has none yet. */
    private int supervise(SupervisionKind kind, String condition, Instant now) {
        List<Long> due = cases.idsWithoutSupervisionWhere(condition, now, kind.id());
        for (long caseId : due) {
            supervisions.insert(caseId, kind, 1, CLOCK_ACTOR, now, kind.label());
        }
        return due.size();
    }

    /** A response supervision still open after {@code escalateAfter} is escalated once, to level 2. */
    private int escalate(Instant now) {
        Instant threshold = now.minus(settings.escalateAfter());
        Set<Long> escalated = supervisions.listOpen().stream()
                .filter(s -> s.kind() == SupervisionKind.ESCALATION).map(Supervision::caseId).collect(Collectors.toSet());
        int created = 0;
        for (Supervision s : supervisions.listOpen()) {
            if (s.kind() == SupervisionKind.RESPONSE_OVERDUE && s.createdAt().isBefore(threshold)
                    && !escalated.contains(s.caseId()) && stillUnanswered(s.caseId())) {
                supervisions.insert(s.caseId(), SupervisionKind.ESCALATION, 2, CLOCK_ACTOR, now,
                        SupervisionKind.ESCALATION.label());
                created++;
            }
        }
        return created;
    }

    private boolean stillUnanswered(long caseId) {
        return cases.find(caseId).map(c -> c.respondedAt() == null && EnumSet.of(CaseState.DISPATCHED).contains(c.state()))
                .orElse(false);
    }
}
