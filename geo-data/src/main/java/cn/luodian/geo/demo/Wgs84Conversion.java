package cn.luodian.geo.demo;

import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.Road;
import cn.luodian.geo.layer.Waterway;
import java.util.List;

/**
 * Moves features drawn in EPSG:4548 metres to WGS-84 lon/lat, vertex by vertex: a vertex shared by
 * two features maps to the same lon/lat in both, so the coverage stays gap-free.
 */
final class Wgs84Conversion {
    private final GaussKrugerProjection projection;

    Wgs84Conversion(GaussKrugerProjection projection) {
        this.projection = projection;
    }

    <T extends ReferenceFeature> List<T> toWgs84(List<T> features) {
        return features.stream().map(this::toWgs84).toList();
    }

    @SuppressWarnings("unchecked")
    <T extends ReferenceFeature> T toWgs84(T feature) {
        ReferenceFeature converted;
        if (feature instanceof AdminArea a) {
            converted = new AdminArea(a.code(), a.name(), a.level(), a.parentCode(), projection.toGeographic(a.geometry()));
        } else if (feature instanceof GridCell g) {
            converted = new GridCell(g.code(), g.villageCode(), projection.toGeographic(g.geometry()));
        } else if (feature instanceof Road r) {
            converted = new Road(r.name(), r.roadClass(), r.ref(), projection.toGeographic(r.geometry()));
        } else if (feature instanceof Waterway w) {
            converted = new Waterway(w.name(), w.waterwayClass(), projection.toGeographic(w.geometry()));
        } else {
            Landmark l = (Landmark) feature;
            converted = new Landmark(l.name(), l.type(), projection.toGeographic(l.geometry()));
        }
        return (T) converted;
    }
}
