package cn.luodian.api.tiles;

import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.mvt.VectorLayerSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.geom.Envelope;

/** A TileJSON 3.0.0 document (https://github.com/mapbox/tilejson-spec/tree/master/3.0.0) for vector layers. */
final class TileJson {
    static final String ATTRIBUTION = "落点 Luodian";
    static final String DEMO_ATTRIBUTION = "示意数据（演示区域，非真实数据）";

    private TileJson() {
    }

    /**
     * @param tilesUrl     the absolute tile URL template, with {z}/{x}/{y} and the request's query
     * @param boundsLonLat the extent of the data, or a null envelope (then the whole world)
     * @param demo         some layer holds the demo region's schematic data
     */
    static Map<String, Object> of(List<VectorLayerSpec> layers, String tilesUrl, Envelope boundsLonLat, boolean demo) {
        String names = String.join(",", layers.stream().map(VectorLayerSpec::name).toList());
        int minZoom = layers.stream().mapToInt(VectorLayerSpec::minZoom).min().orElse(0);
        int maxZoom = layers.stream().mapToInt(VectorLayerSpec::maxZoom).max().orElse(0);
        Envelope bounds = boundsLonLat.isNull()
                ? new Envelope(-180, 180, -WebMercator.MAX_LATITUDE, WebMercator.MAX_LATITUDE) : boundsLonLat;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("tilejson", "3.0.0");
        json.put("name", names);
        json.put("description", String.join("；", layers.stream().map(VectorLayerSpec::description).toList()));
        json.put("attribution", demo ? ATTRIBUTION + "；" + DEMO_ATTRIBUTION : ATTRIBUTION);
        json.put("scheme", "xyz");
        json.put("tiles", List.of(tilesUrl));
        json.put("minzoom", minZoom);
        json.put("maxzoom", maxZoom);
        json.put("bounds", List.of(bounds.getMinX(), bounds.getMinY(), bounds.getMaxX(), bounds.getMaxY()));
        json.put("center", List.of(bounds.centre().x, bounds.centre().y, Math.max(minZoom, Math.min(maxZoom, 11))));
        json.put("vector_layers", layers.stream().map(spec -> {
            Map<String, Object> layer = new LinkedHashMap<>();
            layer.put("id", spec.name());
            layer.put("description", spec.description());
            layer.put("minzoom", spec.minZoom());
            layer.put("maxzoom", spec.maxZoom());
            layer.put("fields", new TreeMap<>(spec.fields()));
            return layer;
        }).toList());
        return json;
    }
}
