package cn.luodian.geo.patrol;

import java.util.List;

/**
 * What one track covered: its length in metres (in the metric projection) and the cells it passed,
 * earliest first (ties by code).
 */
public record Coverage(double lengthMetres, double bufferMetres, List<CellPass> cells) {

    public Coverage {
        cells = List.copyOf(cells);
    }

    public List<String> cellCodes() {
        return cells.stream().map(CellPass::cellCode).toList();
    }
}
