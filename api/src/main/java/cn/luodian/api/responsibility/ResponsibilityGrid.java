package cn.luodian.api.responsibility;

import java.time.Instant;
import java.util.List;

/**
 * A 责任网格 as it is now: its current cells (sorted codes) and the people currently assigned to it.
 * {@code demo}: made by the demo loader (示例).
 */
public record ResponsibilityGrid(long id, String code, String name, String townshipCode, boolean demo,
                                 List<String> cellCodes, List<GridAssignment> people, Instant updatedAt) {

    public ResponsibilityGrid {
        cellCodes = List.copyOf(cellCodes);
        people = List.copyOf(people);
    }
}
