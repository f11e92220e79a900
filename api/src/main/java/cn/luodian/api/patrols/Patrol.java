package cn.luodian.api.patrols;

import java.time.Instant;
import java.util.Objects;

/**
 * One patrol as stored. {@code scopeCode} is the worker's jurisdiction when it began (who may read
 * it follows from that); {@code lengthMetres} and {@code bufferMetres} are null until it ended.
 */
public record Patrol(long id, String worker, String scopeCode, PatrolSource source, Instant startedAt, Instant endedAt,
                     int pointCount, Double lengthMetres, Double bufferMetres, int cellCount) {

    public Patrol {
        Objects.requireNonNull(worker, "worker");
        Objects.requireNonNull(scopeCode, "scopeCode");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    public boolean isEnded() {
        return endedAt != null;
    }
}
