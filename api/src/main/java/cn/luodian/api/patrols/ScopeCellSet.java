package cn.luodian.api.patrols;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * For a worker on no 责任网格: the unit grid cells whose code begins with their scope code (a cell
 * code is its village's code and three digits, so a village or township scope is a prefix of the
 * codes of its cells). {@link ResponsibilityCellSet} asks it.
 */
@Component
class ScopeCellSet implements PatrolCellSet {
    private final ReferenceIndexHolder reference;

    ScopeCellSet(ReferenceIndexHolder reference) {
        this.reference = reference;
    }

    @Override
    public List<String> cellCodes(String worker, String scopeCode) {
        return reference.get().index().layers().features(Layer.GRID, GridCell.class).stream()
                .map(GridCell::code).filter(code -> code.startsWith(scopeCode)).sorted().toList();
    }
}
