package cn.luodian.api.patrols;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A worker's coverage of their cells over one day or week: for each cell how often it was
 * patrolled in the period, when last (up to the period's end), and whether that was more than
 * {@code notVisitedDays} days before the period's end (or never).
 */
public record CoverageReport(String worker, String period, String periodLabel, LocalDate firstDay, Instant from, Instant to,
                             int notVisitedDays, int cellCount, int visitedCount, int longUnvisitedCount,
                             List<CellVisit> cells) {

    public CoverageReport {
        cells = List.copyOf(cells);
    }

    /** One cell: {@code passes} in the period; {@code lastPassedAt} null when never patrolled. */
    public record CellVisit(String cellCode, int passes, Instant lastPassedAt, boolean longUnvisited) {
    }
}
