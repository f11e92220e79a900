package cn.luodian.bench.components;

import cn.luodian.bench.Regions;
import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.ReferenceFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * The files of the component import benchmark (bench/components-import.sh), written to a directory:
 * the synthetic Beijing region's admin areas and unit grid cells as GeoJSON (so that the api places
 * the synthetic components, which lie over the whole Beijing extent, not the Tongzhou demo), the
 * first {@code count} synthetic components (inside the extent) as the import CSV, and the same CSV with every 100th
 * component's status changed (1 %), for a re-import that updates.
 *
 * <p>Usage: {@code ComponentImportFiles DIR [count]} (count 1,000,000 by default).
 */
public final class ComponentImportFiles {
    /** Every this-many-th component gets another status in the changed file. */
    static final int CHANGE_EVERY = 100;

    private ComponentImportFiles() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        int count = args.length > 1 ? Integer.parseInt(args[1]) : SyntheticComponents.MILLION;
        Files.createDirectories(dir);
        LayerBatch region = Regions.load(Regions.BEIJING);
        geoJson(region.features(Layer.ADMIN), dir.resolve("admin.geojson"));
        geoJson(region.features(Layer.GRID), dir.resolve("grid.geojson"));
        List<Component> components = insideExtent(count);
        csv(components, dir.resolve("components-" + count + ".csv"));
        csv(changed(components), dir.resolve("components-" + count + "-changed.csv"));
        System.out.printf("%s: %d admin areas, %d grid cells, %d components (%d with a changed status in the -changed file)%n",
                dir, region.features(Layer.ADMIN).size(), region.features(Layer.GRID).size(), count,
                (count + CHANGE_EVERY - 1) / CHANGE_EVERY);
    }

    /**
     * The first {@code count} synthetic components whose interior point lies inside the region's extent: a
     * guard rail or green space drawn from a point near the north or east edge may reach past it, and
     * the import rightly refuses a file with a component outside every admin area (1 in 1,000,000 here).
     * The generator is prefix-stable, so these are the seeded inventory with those few skipped.
     */
    static List<Component> insideExtent(int count) {
        Envelope extent = new Envelope(115.4, 117.5, 39.4, 41.1);
        List<Component> inside = new ArrayList<>(count);
        for (Component c : SyntheticComponents.generate(count + 1_000, SyntheticComponents.categories(Taxonomy.read()))) {
            Point at = c.geometry() instanceof Point point ? point : c.geometry().getInteriorPoint();
            if (inside.size() < count && extent.contains(at.getCoordinate())) {
                inside.add(c);
            }
        }
        return inside;
    }

    /** Component 0, 100, 200, …: 完好 becomes 破损, anything else 完好. */
    static List<Component> changed(List<Component> components) {
        List<Component> changed = new ArrayList<>(components);
        for (int i = 0; i < changed.size(); i += CHANGE_EVERY) {
            Component c = changed.get(i);
            changed.set(i, new Component(c.code(), c.name(), c.geometry(), c.status().equals("完好") ? "破损" : "完好",
                    c.ownerUnit(), c.maintainerUnit(), c.surveyedOn(), c.source(), c.notes()));
        }
        return changed;
    }

    private static void csv(List<Component> components, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            ComponentCsv.write(components, out);
        }
    }

    private static void geoJson(List<ReferenceFeature> features, Path file) {
        try (OutputStream out = Files.newOutputStream(file); GeoJsonFeatureWriter writer = new GeoJsonFeatureWriter(out, Map.of())) {
            features.forEach(writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
