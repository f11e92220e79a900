package cn.luodian.geo.component;

import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.RawFeature;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a component GeoJSON FeatureCollection, all or nothing: property names as the CSV's column
 * names (部件编码 or code …), each value a string. A file that is not GeoJSON at all stops the
 * reading with that one error; every bad feature is collected, a broken geometry as any other.
 */
final class ComponentGeoJsonReader {
    private final ComponentFileReader settings;

    ComponentGeoJsonReader(ComponentFileReader settings) {
        this.settings = settings;
    }

    List<Component> read(InputStream in, String name, ComponentRowParser parser) {
        ComponentImportErrors errors = new ComponentImportErrors(name);
        Unreadable unreadable = new Unreadable();
        List<RawFeature> features;
        try {
            features = GeoJsonFeatureReader.readAll(in, name, unreadable::add);
        } catch (ImportException e) {
            errors.add(e);
            throw errors.failure();
        }
        if (features.size() + unreadable.total > settings.maxComponents()) {
            errors.ofFile("部件过多：一个文件最多 " + settings.maxComponents() + " 个部件，实有 " + (features.size() + unreadable.total) + " 个，请分文件导入");
            throw errors.failure();
        }
        List<Component> components = new ArrayList<>(features.size());
        for (RawFeature feature : features) {
            unreadable.moveBefore(feature.index(), errors);
            try {
                components.add(parser.parse(values(feature.properties()), feature.geometry(),
                        "第 " + (feature.index() + 1) + " 个要素"));
            } catch (IllegalArgumentException e) {
                errors.atFeature(feature.index(), e.getMessage());
            }
        }
        unreadable.moveBefore(Integer.MAX_VALUE, errors);
        errors.countUnlisted(unreadable.total - unreadable.kept);
        errors.throwIfAny();
        return List.copyOf(components);
    }

    /** The features the GeoJSON reader could not read, kept (the first ones) to list in file order among the others. */
    private static final class Unreadable {
        private final List<ImportException> errors = new ArrayList<>();
        private final List<Integer> indexes = new ArrayList<>();
        private int next;
        private int kept;
        private int total;

        void add(ImportException error, int index) {
            total++;
            if (errors.size() < ComponentImportErrors.MAX_LISTED) {
                errors.add(error);
                indexes.add(index);
                kept++;
            }
        }

        void moveBefore(int index, ComponentImportErrors to) {
            while (next < errors.size() && indexes.get(next) < index) {
                to.add(errors.get(next++));
            }
        }
    }

    private static Map<ComponentColumn, String> values(Map<String, Object> properties) {
        Map<ComponentColumn, String> values = new EnumMap<>(ComponentColumn.class);
        for (Map.Entry<String, Object> property : properties.entrySet()) {
            ComponentColumn column = ComponentColumn.byName(property.getKey());
            if (column == null || column == ComponentColumn.LON || column == ComponentColumn.LAT || column == ComponentColumn.WKT) {
                continue;
            }
            Object value = property.getValue();
            if (value != null && !(value instanceof String)) {
                throw new IllegalArgumentException("属性 '" + ComponentText.shown(property.getKey()) + "'（" + column.label()
                        + "）应为字符串，实为 " + value + (column == ComponentColumn.CODE ? "：16 位编码写成数字会失去精度，请加引号" : ""));
            }
            if (values.put(column, value == null ? "" : ((String) value).strip()) != null) {
                throw new IllegalArgumentException(column.label() + "在属性中出现了两次（属性 '" + ComponentText.shown(property.getKey()) + "'）");
            }
        }
        return values;
    }
}
