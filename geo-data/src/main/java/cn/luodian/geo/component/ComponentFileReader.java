package cn.luodian.geo.component;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Reads a component file, CSV or GeoJSON, with coordinates in any {@link Datum}, into components in
 * WGS-84: all of them, or a {@link ComponentImportException} listing every error and nothing else.
 * The 小类 and the statuses are checked against the lists given; survey dates may not be after
 * {@code today}.
 */
public final class ComponentFileReader {
    /** A Beijing-scale inventory is about a million components: more than twice that is not one file. */
    public static final int DEFAULT_MAX_COMPONENTS = 2_000_000;

    private final ComponentCategories categories;
    private final ComponentStatuses statuses;
    private final LocalDate today;
    private final int maxComponents;

    public ComponentFileReader(ComponentCategories categories, ComponentStatuses statuses, LocalDate today) {
        this(categories, statuses, today, DEFAULT_MAX_COMPONENTS);
    }

    public ComponentFileReader(ComponentCategories categories, ComponentStatuses statuses, LocalDate today, int maxComponents) {
        this.categories = Objects.requireNonNull(categories, "categories");
        this.statuses = Objects.requireNonNull(statuses, "statuses");
        this.today = Objects.requireNonNull(today, "today");
        if (maxComponents < 1) {
            throw new IllegalArgumentException("部件数上限应为正数");
        }
        this.maxComponents = maxComponents;
    }

    /** A CSV file (read twice: once to find its encoding); {@code encoding} null detects UTF-8 or GBK. */
    public List<Component> readCsv(TextEncoding.Source file, String name, Datum datum, Charset encoding) {
        return new ComponentCsvReader(this).read(file, name, encoding, parser(datum));
    }

    /** A GeoJSON FeatureCollection. */
    public List<Component> readGeoJson(InputStream in, String name, Datum datum) {
        return new ComponentGeoJsonReader(this).read(in, name, parser(datum));
    }

    /** A file by its extension: {@code .csv}, or {@code .geojson}/{@code .json}. */
    public List<Component> read(Path file, Datum datum, Charset encoding) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".csv")) {
            return readCsv(() -> Files.newInputStream(file), name, datum, encoding);
        }
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            try (InputStream in = Files.newInputStream(file)) {
                return readGeoJson(in, name, datum);
            } catch (IOException e) {
                throw single(ImportException.ofFile(name, "无法读取文件：" + e.getMessage(), e));
            }
        }
        throw single(ImportException.ofFile(name, "不知道怎样读这种文件：部件文件应为 .csv 或 .geojson", null));
    }

    int maxComponents() {
        return maxComponents;
    }

    private ComponentRowParser parser(Datum datum) {
        return new ComponentRowParser(categories, statuses, Objects.requireNonNull(datum, "datum"), today);
    }

    private static ComponentImportException single(ImportException error) {
        ComponentImportErrors errors = new ComponentImportErrors(error.source());
        errors.add(error);
        return errors.failure();
    }
}
