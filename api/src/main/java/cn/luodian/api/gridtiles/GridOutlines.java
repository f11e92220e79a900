package cn.luodian.api.gridtiles;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.responsibility.GridAssignment;
import cn.luodian.api.responsibility.GridsChanged;
import cn.luodian.api.responsibility.ResponsibilityGrid;
import cn.luodian.api.responsibility.ResponsibilityGrids;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.union.CascadedPolygonUnion;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every 责任网格's outline (the union of its current cells) on the Mercator plane, with its name and
 * people, for the {@code grids} tile layer. Built on first use and again after any committed write
 * ({@link GridsChanged}): the grids change a few times a day, the tiles are read often.
 */
@Component
class GridOutlines {
    /** All 责任网格 of a district are a few hundred; this bounds a misconfigured store. */
    static final int MAX_GRIDS = 20_000;

    record Outline(long id, String code, String name, String townshipCode, List<String> workerNames, String leaderName,
                   Geometry mercator) {
    }

    private final ResponsibilityGrids reads;
    private final ReferenceLayers layers;
    private volatile List<Outline> outlines;

    GridOutlines(ResponsibilityGrids reads, ReferenceLayers layers) {
        this.reads = reads;
        this.layers = layers;
    }

    List<Outline> outlines() {
        List<Outline> now = outlines;
        if (now == null) {
            synchronized (this) {
                now = outlines;
                if (now == null) {
                    now = build();
                    outlines = now;
                }
            }
        }
        return now;
    }

    /** The grids changed: the next tile builds the outlines again. */
    @EventListener(GridsChanged.class)
    public void invalidate() {
        outlines = null;
    }

    private List<Outline> build() {
        List<Outline> built = new ArrayList<>();
        for (ResponsibilityGrid grid : reads.all(MAX_GRIDS)) {
            List<Geometry> cells = grid.cellCodes().stream()
                    .map(layers::findGridCell).flatMap(java.util.Optional::stream).map(c -> (Geometry) c.geometry()).toList();
            if (cells.isEmpty()) {
                continue;
            }
            Geometry outline = CascadedPolygonUnion.union(cells).copy();
            outline.apply((CoordinateFilter) (Coordinate c) -> {
                c.x = WebMercator.xMetres(c.x);
                c.y = WebMercator.yMetres(c.y);
            });
            outline.geometryChanged();
            List<String> workers = grid.people().stream().filter(p -> !p.leader()).map(GridAssignment::displayName).toList();
            String leader = grid.people().stream().filter(GridAssignment::leader).map(GridAssignment::displayName)
                    .findFirst().orElse(null);
            built.add(new Outline(grid.id(), grid.code(), grid.name(), grid.townshipCode(), workers, leader, outline));
        }
        return List.copyOf(built);
    }
}
