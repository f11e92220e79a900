package cn.luodian.api.components;

import cn.luodian.geo.component.Component;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;

/**
 * Places components as cases are placed: in the reference snapshot's admin areas and unit grid
 * cells, looked up in its metric projection. Immutable over an immutable index: safe to use from
 * several threads at once. A line or polygon is placed by its interior point (on
 * the line, inside the polygon), so that a component lies in exactly one cell.
 */
final class ComponentPlacer {
    private final ReferenceIndex index;

    ComponentPlacer(ReferenceIndex index) {
        this.index = index;
    }

    /** The component with its cell and township; empty when it lies outside every admin area of the data. */
    Optional<PlacedComponent> place(Component component) {
        Point at = component.geometry() instanceof Point point ? point : component.geometry().getInteriorPoint();
        Coordinate m;
        try {
            m = index.projection().toMetric(at.getX(), at.getY());
        } catch (IllegalArgumentException farFromTheZone) {
            return Optional.empty();
        }
        // A township lies in its district: found there, the others need no look-up (each is a
        // point-in-polygon test, and placing is most of an import's time otherwise).
        Optional<AdminArea> township = index.admin(AdminLevel.TOWNSHIP).find(m.x, m.y);
        if (township.isEmpty() && !inAnyAdminArea(m)) {
            return Optional.empty();
        }
        String cell = index.grid().find(m.x, m.y).map(GridCell::code).orElse(null);
        return Optional.of(new PlacedComponent(component, cell, township.map(AdminArea::code).orElse(null)));
    }

    private boolean inAnyAdminArea(Coordinate m) {
        for (AdminLevel level : AdminLevel.values()) {
            if (level != AdminLevel.TOWNSHIP && index.admin(level).find(m.x, m.y).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reference layers hold any admin area at all (a store before its first import holds none). */
    boolean hasAdminAreas() {
        for (AdminLevel level : AdminLevel.values()) {
            if (index.admin(level).size() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Whether the reference layers hold a township of this code. */
    boolean hasTownship(String code) {
        return index.layers().features(Layer.ADMIN, AdminArea.class).stream()
                .anyMatch(a -> a.level() == AdminLevel.TOWNSHIP && a.code().equals(code));
    }
}
