package cn.luodian.geo.patrol;

import java.time.Instant;
import java.util.Objects;

/** A unit grid cell a track passed within the buffer of, and when it first came that close. */
public record CellPass(String cellCode, Instant firstPassedAt) {

    public CellPass {
        Objects.requireNonNull(cellCode, "cellCode");
        Objects.requireNonNull(firstPassedAt, "firstPassedAt");
    }
}
