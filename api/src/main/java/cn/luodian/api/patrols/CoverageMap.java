package cn.luodian.api.patrols;

import cn.luodian.api.grid.GridCellsGeoJson;
import cn.luodian.api.system.BadRequestException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * A coverage report drawn: each of the worker's cells as a GeoJSON polygon with how often it was
 * patrolled in the period and whether it is long unvisited, so that the phone and the township's
 * staff see which cells were walked and which were not.
 */
@Component
public class CoverageMap {
    /** More cells than a township has are not drawn as one answer. */
    static final int MAX_CELLS = 5_000;

    private final GridCellsGeoJson cells;

    public CoverageMap(GridCellsGeoJson cells) {
        this.cells = cells;
    }

    public byte[] geoJson(CoverageReport report) {
        if (report.cells().size() > MAX_CELLS) {
            throw new BadRequestException("该网格员负责的单元网格超过 " + MAX_CELLS + " 个，无法在地图上绘出，请查看统计表");
        }
        Map<String, CoverageReport.CellVisit> visits = report.cells().stream()
                .collect(Collectors.toMap(CoverageReport.CellVisit::cellCode, Function.identity(), (a, b) -> a));
        return cells.of(report.cells().stream().map(CoverageReport.CellVisit::cellCode).toList(), code -> {
            CoverageReport.CellVisit visit = visits.get(code);
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("passes", visit.passes());
            properties.put("lastPassedAt", visit.lastPassedAt() == null ? null : visit.lastPassedAt().toString());
            properties.put("longUnvisited", visit.longUnvisited());
            return properties;
        });
    }
}
