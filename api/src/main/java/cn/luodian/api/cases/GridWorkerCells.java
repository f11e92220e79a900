package cn.luodian.api.cases;

import cn.luodian.api.responsibility.ResponsibilityGrids;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * The cells whose cases a grid worker sees: those of the 责任网格 they work on now, read at each
 * request (an assignment changes what they see at once). Null for every other role.
 */
@Component
class GridWorkerCells {
    private final ResponsibilityGrids grids;

    GridWorkerCells(ResponsibilityGrids grids) {
        this.grids = grids;
    }

    Set<String> of(Actor actor) {
        return actor.role() == Role.GRID_WORKER ? grids.cellsWorkedBy(actor.username()) : null;
    }
}
