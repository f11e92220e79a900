package cn.luodian.api.patrols;

import java.util.List;

/**
 * The cells a worker's coverage is measured over: {@link ResponsibilityCellSet}, the cells of the
 * 责任网格 they work on, or {@link ScopeCellSet}, every unit grid cell within their scope code, for a
 * worker on no 责任网格 yet.
 */
@FunctionalInterface
public interface PatrolCellSet {

    /** The codes of the cells {@code worker} (with jurisdiction {@code scopeCode}) should patrol, sorted. */
    List<String> cellCodes(String worker, String scopeCode);
}
