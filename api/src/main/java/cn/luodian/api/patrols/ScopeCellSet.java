package cn.luodian.api.patrols;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Until the 责任网格 exist: a worker's cells are the unit grid cells whose code begins with their
 * scope code (a cell code is its village's code and three digits, so a village or township scope
 * is a prefix of the codes of its cells). A {@code @Primary} bean of {@link PatrolCellSet} takes its place.
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
