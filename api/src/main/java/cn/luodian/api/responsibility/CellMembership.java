package cn.luodian.api.responsibility;

import java.time.Instant;

/** A unit grid cell in a 责任网格 for a period ({@code validTo} null: still there). */
public record CellMembership(long gridId, String cellCode, Instant validFrom, Instant validTo) {
}
