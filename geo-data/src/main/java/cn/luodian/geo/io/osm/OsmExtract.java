package cn.luodian.geo.io.osm;

import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link OsmPbfExtractor} made of a PBF file: the admin, roads, waterways and landmarks
 * layers (each present, possibly empty), what it left out and why ("relation 30 (小王庄村): no
 * division code …"), and what it kept but changed (repaired geometries, nodes missing from the file).
 */
public record OsmExtract(LayerBatch layers, List<String> skipped, List<String> notes) {

    public OsmExtract {
        Objects.requireNonNull(layers, "layers");
        skipped = List.copyOf(skipped);
        notes = List.copyOf(notes);
    }

    /** Features per layer, in layer order. */
    public Map<Layer, Integer> counts() {
        Map<Layer, Integer> counts = new EnumMap<>(Layer.class);
        for (Layer layer : layers.layers()) {
            counts.put(layer, layers.features(layer).size());
        }
        return counts;
    }

    /** The whole report as lines for a command's output: counts, then skips, then notes. */
    public List<String> reportLines() {
        List<String> lines = new ArrayList<>();
        counts().forEach((layer, count) -> lines.add(layer.id() + ": " + count));
        skipped.forEach(line -> lines.add("skipped " + line));
        notes.forEach(line -> lines.add("note " + line));
        return lines;
    }
}
