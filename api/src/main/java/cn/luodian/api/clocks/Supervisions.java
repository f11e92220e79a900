package cn.luodian.api.clocks;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The supervision records (督办) of cases as the workflow and the clock check use them: opened when a
 * clock runs out, resolved when the case moves on, listed on the case.
 */
@Component
public class Supervisions {
    private final SupervisionRepository rows;

    public Supervisions(SupervisionRepository rows) {
        this.rows = rows;
    }

    public void insert(long caseId, SupervisionKind kind, int level, String createdBy, Instant at, String note) {
        rows.insert(caseId, kind, level, createdBy, at, note);
    }

    public void resolve(long caseId, Collection<SupervisionKind> kinds, Instant at) {
        rows.resolve(caseId, kinds, at);
    }

    public List<Supervision> list(long caseId) {
        return rows.list(caseId);
    }

    public List<Supervision> listOpen() {
        return rows.listOpen();
    }
}
