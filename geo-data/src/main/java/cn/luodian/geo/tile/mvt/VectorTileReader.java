package cn.luodian.geo.tile.mvt;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Decodes a vector tile back into geometries in tile units, each carrying its properties (and
 * {@code id}, when the feature has one) as a {@code Map} in {@link Geometry#getUserData()}. For
 * tests and checks: it reads what any MVT 2.1 client reads, with the library's own decoder.
 */
public final class VectorTileReader {

    private VectorTileReader() {
    }

    /** Layer name → features, in tile order. */
    public static Map<String, List<Geometry>> read(byte[] tile) {
        try {
            JtsMvt mvt = MvtReader.loadMvt(new ByteArrayInputStream(tile), new GeometryFactory(),
                    new TagKeyValueMapConverter(false, "id"), MvtReader.RING_CLASSIFIER_V2_1);
            Map<String, List<Geometry>> layers = new LinkedHashMap<>();
            for (JtsLayer layer : mvt.getLayers()) {
                for (Geometry feature : layer.getGeometries()) {
                    // A feature without an id reads back as id=null: leave it out, as it was written.
                    properties(feature).values().removeIf(java.util.Objects::isNull);
                }
                layers.put(layer.getName(), new ArrayList<>(layer.getGeometries()));
            }
            return layers;
        } catch (IOException e) {
            throw new UncheckedIOException("not a vector tile", e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> properties(Geometry feature) {
        return (Map<String, Object>) feature.getUserData();
    }
}
