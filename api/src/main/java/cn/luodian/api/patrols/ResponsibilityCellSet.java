package cn.luodian.api.patrols;

import cn.luodian.api.responsibility.ResponsibilityGrids;
import java.util.List;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * A worker's cells are those of the 责任网格 they work on now. A worker not yet on any 责任网格 is
 * measured over the cells of their jurisdiction ({@link ScopeCellSet}), so a new worker's first
 * patrols still show what they covered.
 */
@Primary
@Component
class ResponsibilityCellSet implements PatrolCellSet {
    private final ResponsibilityGrids grids;
    private final ScopeCellSet scope;

    ResponsibilityCellSet(ResponsibilityGrids grids, ScopeCellSet scope) {
        this.grids = grids;
        this.scope = scope;
    }

    @Override
    public List<String> cellCodes(String worker, String scopeCode) {
        List<String> mine = grids.cellsWorkedBy(worker).stream().sorted().toList();
        return mine.isEmpty() ? scope.cellCodes(worker, scopeCode) : mine;
    }
}
