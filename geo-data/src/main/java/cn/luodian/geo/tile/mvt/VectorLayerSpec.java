package cn.luodian.geo.tile.mvt;

import java.util.Map;

/**
 * What a client needs to know about one vector tile layer before asking for tiles (the TileJSON
 * {@code vector_layers} entry): its name, the zooms it has features at, what it holds, and its
 * property names with their meaning.
 */
public record VectorLayerSpec(String name, int minZoom, int maxZoom, String description, Map<String, String> fields) {

    public VectorLayerSpec {
        if (minZoom < 0 || maxZoom < minZoom) {
            throw new IllegalArgumentException("图层 " + name + " 的缩放级别范围 " + minZoom + ".." + maxZoom + " 无效");
        }
        fields = Map.copyOf(fields);
    }

    public boolean hasZoom(int z) {
        return z >= minZoom && z <= maxZoom;
    }
}
