package cn.luodian.api.patrols;

import java.util.List;

/**
 * The cells a worker's coverage is measured over. For now {@link ScopeCellSet}: every unit grid
 * cell within the worker's scope code. The 责任网格 (the cells a worker is responsible for) replace
 * it by providing another bean of this type, marked {@code @Primary}.
 */
@FunctionalInterface
public interface PatrolCellSet {

    /** The codes of the cells {@code worker} (with jurisdiction {@code scopeCode}) should patrol, sorted. */
    List<String> cellCodes(String worker, String scopeCode);
}
