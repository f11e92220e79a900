package cn.luodian.geo.tile.mvt;

import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.UserDataKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * Collects the features of one Mapbox Vector Tile (2.1), layer by layer, with geometry already in
 * tile units (0..{@link #EXTENT}, y down), and encodes them: lines and polygons with
 * mapbox-vector-tile-java, dense point layers with {@link PointLayerWriter}. A tile is a sequence of
 * layer entries, so the two encoders' layers are simply concatenated, in the order they were added.
 * Layers with no feature are left out: an empty tile has no layer at all.
 */
public final class VectorTileBuilder {
    public static final int EXTENT = 4096;
    private static final MvtLayerParams PARAMS = new MvtLayerParams(EXTENT);
    private static final UserDataKeyValueMapConverter TAGS = new UserDataKeyValueMapConverter("id");

    /** Per layer name: a List of geometries, or a PointLayerWriter. */
    private final Map<String, Object> layers = new LinkedHashMap<>();

    /**
     * Adds a feature; {@code properties} become its tags (null values are left out), and a numeric
     * {@code id} property is also written as the feature id.
     */
    public void add(String layer, Geometry tileGeometry, Map<String, Object> properties) {
        Map<String, Object> tags = new LinkedHashMap<>();
        properties.forEach((key, value) -> {
            if (value != null) {
                tags.put(key, value);
            }
        });
        tileGeometry.setUserData(tags);
        @SuppressWarnings("unchecked")
        List<Geometry> features = (List<Geometry>) layers.computeIfAbsent(layer, name -> new ArrayList<Geometry>());
        features.add(tileGeometry);
    }

    /** The hand-written point layer of this name (created on first use). */
    PointLayerWriter points(String layer) {
        return (PointLayerWriter) layers.computeIfAbsent(layer, name -> new PointLayerWriter(name, EXTENT));
    }

    public boolean isEmpty() {
        return layers.keySet().stream().allMatch(name -> featureCount(name) == 0);
    }

    public int featureCount(String layer) {
        Object content = layers.get(layer);
        if (content instanceof PointLayerWriter) {
            return ((PointLayerWriter) content).featureCount();
        }
        return content == null ? 0 : ((List<?>) content).size();
    }

    public byte[] encode() {
        ByteArrayOutputStream tile = new ByteArrayOutputStream();
        layers.forEach((name, content) -> {
            if (featureCount(name) == 0) {
                return;
            }
            if (content instanceof PointLayerWriter) {
                tile.writeBytes(((PointLayerWriter) content).toTileBytes());
            } else {
                @SuppressWarnings("unchecked")
                List<Geometry> features = (List<Geometry>) content;
                tile.writeBytes(MvtEncoder.encode(new JtsMvt(new JtsLayer(name, features, EXTENT)), PARAMS, TAGS));
            }
        });
        return tile.toByteArray();
    }
}
