package cn.luodian.api.verification;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The cases waiting for 核查 by a grid worker, soonest due first: a grid worker's own; for township
 * staff, the centre and the administrator every grid worker's within their scope (or one worker's).
 */
@Service
public class VerificationTasks {
    /** The most tasks one answer lists. */
    static final int MAX_TASKS = 500;

    private final CaseService cases;
    private final CaseSettings settings;
    private final Clock clock;

    public VerificationTasks(CaseService cases, CaseSettings settings, Clock clock) {
        this.cases = cases;
        this.settings = settings;
        this.clock = clock;
    }

    public List<VerificationTask> waiting(Actor actor, String worker) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            throw new ForbiddenException("责任单位不查看网格员的核查任务");
        }
        String who = actor.role() == Role.GRID_WORKER ? actor.username() : worker;
        CaseFilter waiting = new CaseFilter(null, null, null, null, EnumSet.of(CaseState.REPORTED_DONE), null, null,
                null, null, null);
        if (who != null) {
            waiting = waiting.withGridWorker(who);
        }
        Instant now = clock.instant();
        // The list is the actor's scope already; the worker is filtered by the store, so a township's
        // many cases do not crowd one worker's out of the page read.
        return cases.list(waiting, actor, 0, settings.maxPageSize()).stream()
                .filter(c -> c.gridDuty() != null && c.gridDuty().workerUsername() != null && c.reportedDoneAt() != null)
                .map(c -> VerificationTask.of(c, settings.verificationWithin(), now))
                .sorted(Comparator.comparing(VerificationTask::dueAt))
                .limit(MAX_TASKS)
                .toList();
    }
}
