package cn.luodian.geo.io;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Gives grid cells imported without a {@code villageCode} the village that contains them: the
 * village containing the cell's interior point (a cell never crosses a village boundary).
 */
public final class GridVillageAssigner {
    private final STRtree index = new STRtree();

    public GridVillageAssigner(List<AdminArea> adminAreas) {
        for (AdminArea area : adminAreas) {
            if (area.level() == AdminLevel.VILLAGE) {
                index.insert(area.geometry().getEnvelopeInternal(),
                        new Candidate(area.code(), PreparedGeometryFactory.prepare(area.geometry())));
            }
        }
        index.build();
    }

    /** The cells with every villageCode filled in; a cell in no village fails with its index. */
    public List<GridCell> assign(List<GridCell> cells, String source) {
        List<GridCell> assigned = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            final int featureIndex = i;
            GridCell cell = cells.get(i);
            if (cell.villageCode() != null) {
                assigned.add(cell);
                continue;
            }
            Point inside = cell.geometry().getInteriorPoint();
            @SuppressWarnings("unchecked")
            List<Candidate> candidates = index.query(inside.getEnvelopeInternal());
            String villageCode = candidates.stream()
                    .filter(c -> c.area().covers(inside))
                    .map(Candidate::code)
                    .min(Comparator.naturalOrder()) // deterministic on a shared boundary
                    .orElseThrow(() -> ImportException.atFeature(source, featureIndex,
                            "单元网格 " + cell.code() + " 没有 villageCode，也不在任何已导入的村/社区内" + "（请先导入行政区划图层，或填写 villageCode）"));
            assigned.add(new GridCell(cell.code(), villageCode, cell.geometry()));
        }
        return assigned;
    }

    private record Candidate(String code, PreparedGeometry area) {
    }
}
