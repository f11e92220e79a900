package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.ReferenceFeature;
import java.util.List;
import java.util.stream.Collectors;

/** One line per layer: feature count, and vertices per feature (mean and max). */
public final class RegionStats {
    private RegionStats() {
    }

    public static String describe(LayerBatch batch) {
        StringBuilder out = new StringBuilder();
        List<AdminArea> admin = batch.features(Layer.ADMIN, AdminArea.class);
        for (AdminLevel level : AdminLevel.values()) {
            line(out, "admin " + level.id(), admin.stream().filter(a -> a.level() == level).collect(Collectors.toList()));
        }
        for (Layer layer : List.of(Layer.GRID, Layer.ROADS, Layer.WATERWAYS, Layer.LANDMARKS)) {
            line(out, layer.id(), batch.features(layer));
        }
        long multi = admin.stream().filter(a -> a.geometry().getNumGeometries() > 1).count();
        out.append(String.format("admin areas that are MultiPolygons: %d%n", multi));
        return out.toString();
    }

    private static void line(StringBuilder out, String name, List<? extends ReferenceFeature> features) {
        long vertices = features.stream().mapToLong(f -> f.geometry().getNumPoints()).sum();
        long segments = features.stream().mapToLong(f -> f.geometry().getNumPoints() - f.geometry().getNumGeometries()).sum();
        int max = features.stream().mapToInt(f -> f.geometry().getNumPoints()).max().orElse(0);
        out.append(String.format("%-16s %8d features, %9d vertices (mean %.1f, max %d), %9d segments%n", name,
                features.size(), vertices, features.isEmpty() ? 0.0 : (double) vertices / features.size(), max, segments));
    }
}
