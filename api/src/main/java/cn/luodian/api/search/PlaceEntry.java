package cn.luodian.api.search;

import java.util.List;
import java.util.Objects;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * One named place the search box can find: its kind, name (a grid cell's is its code), the code of
 * an admin area or grid cell (null otherwise), the places it lies in ("漷县镇", "长凌营村 · 漷县镇"),
 * a point to fly to and the extent to fit (WGS-84), and the lines or areas to outline (for roads, water
 * and landmarks; admin areas and grid cells are outlined from their own endpoints by code).
 */
record PlaceEntry(PlaceKind kind, String name, String code, String parent, double lon, double lat, Envelope bbox,
                  List<Geometry> parts) {

    PlaceEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(bbox, "bbox");
        parts = parts == null ? List.of() : List.copyOf(parts);
    }

    /** What the result list shows: the name and, after a dot, where it is. */
    String label() {
        return parent == null || parent.isEmpty() ? name : name + " · " + parent;
    }
}
