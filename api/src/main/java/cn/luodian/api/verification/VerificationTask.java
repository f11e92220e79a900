package cn.luodian.api.verification;

import cn.luodian.api.cases.CityCase;
import java.time.Duration;
import java.time.Instant;

/**
 * One case waiting for its grid worker's 核查: due {@code dueAt} (the unit's 反馈 plus the 核查
 * clock), overdue once that has passed.
 */
record VerificationTask(long caseId, String number, String categoryCode, String description, String locationText,
                        String gridName, String worker, String workerName, Instant reportedDoneAt, Instant dueAt,
                        boolean overdue, long remainingSeconds) {

    static VerificationTask of(CityCase c, Duration within, Instant now) {
        Instant due = c.reportedDoneAt().plus(within);
        return new VerificationTask(c.id(), c.number(), c.categoryCode(), c.description(), c.locationText(),
                c.gridDuty().gridName(), c.gridDuty().workerUsername(), c.gridDuty().workerName(), c.reportedDoneAt(),
                due, now.isAfter(due), Duration.between(now, due).toSeconds());
    }
}
