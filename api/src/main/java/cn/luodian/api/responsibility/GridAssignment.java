package cn.luodian.api.responsibility;

import java.time.Instant;

/** One person on a 责任网格 for a period ({@code validTo} null: still there); {@code leader}: the 网格长. */
public record GridAssignment(long id, long gridId, String username, String displayName, boolean leader,
                             Instant validFrom, Instant validTo, String assignedBy, String closedBy) {

    public boolean current() {
        return validTo == null;
    }
}
