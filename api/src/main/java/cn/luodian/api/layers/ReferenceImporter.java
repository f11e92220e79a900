package cn.luodian.api.layers;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.DivisionCodeCsvReader;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import cn.luodian.geo.io.GridVillageAssigner;
import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.LayerFeatureParser;
import cn.luodian.geo.io.RawFeature;
import cn.luodian.geo.io.osm.OsmExtract;
import cn.luodian.geo.io.osm.OsmPbfExtractor;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.WriteMode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Imports reference data from files: read and check everything first, then write in one
 * transaction, so a bad feature leaves the layer exactly as it was.
 */
@Service
public class ReferenceImporter {
    private final JdbcLayerStore store;
    private final LayerReader reader;
    private final DivisionCodeReader codes;

    public ReferenceImporter(JdbcLayerStore store, LayerReader reader, DivisionCodeReader codes) {
        this.store = store;
        this.reader = reader;
        this.codes = codes;
    }

    public ImportSummary importGeoJson(Layer layer, Path file, Datum datum, WriteMode mode) {
        String source = file.getFileName().toString();
        List<RawFeature> raw;
        try (InputStream in = Files.newInputStream(file)) {
            raw = GeoJsonFeatureReader.readAll(in, source);
        } catch (IOException e) {
            throw ImportException.ofFile(source, "无法读取：" + e.getMessage(), e);
        }
        LayerFeatureParser parser = new LayerFeatureParser(layer, datum, source);
        List<ReferenceFeature> features = new ArrayList<>(raw.size());
        for (RawFeature feature : raw) {
            features.add(parser.parse(feature));
        }
        if (layer == Layer.GRID) {
            features = new ArrayList<>(assignVillages(features, source));
        }
        List<String> notes = demoNotes(List.of(layer), mode);
        store.write(LayerBatch.of(layer, features), mode, Origin.IMPORT, source);
        return new ImportSummary(source, Map.of(layer.id(), features.size()), notes);
    }

    public ImportSummary importDivisionCodes(Path file) {
        String source = file.getFileName().toString();
        List<DivisionCode> codes;
        try (InputStream in = Files.newInputStream(file)) {
            codes = DivisionCodeCsvReader.read(in, source);
        } catch (IOException e) {
            throw ImportException.ofFile(source, "无法读取：" + e.getMessage(), e);
        }
        store.writeDivisionCodes(codes);
        return new ImportSummary(source, Map.of("division-codes", codes.size()), List.of());
    }

    /**
     * An OpenStreetMap extract: admin boundaries (codes from tags or from the division codes already
     * imported), roads, waterways and landmarks, written together.
     */
    public ImportSummary importOsm(Path file, WriteMode mode) {
        String source = file.getFileName().toString();
        OsmExtract extract = new OsmPbfExtractor().extract(file, codes.listAll());
        List<String> notes = new ArrayList<>();
        extract.skipped().forEach(line -> notes.add("已跳过 " + line));
        extract.notes().forEach(notes::add);
        return importBatch(extract.layers(), mode, source, notes);
    }

    private ImportSummary importBatch(LayerBatch batch, WriteMode mode, String source, List<String> extractNotes) {
        List<String> notes = new ArrayList<>(extractNotes);
        notes.addAll(demoNotes(batch.layers(), mode));
        store.write(batch, mode, Origin.IMPORT, source);
        Map<String, Integer> counts = new LinkedHashMap<>();
        batch.layers().forEach(layer -> counts.put(layer.id(), batch.features(layer).size()));
        return new ImportSummary(source, counts, notes);
    }

    /** The store replaces demo content instead of appending to it (see JdbcLayerStore); say so. */
    private List<String> demoNotes(List<Layer> layers, WriteMode mode) {
        Map<String, String> origins = store.origins();
        return layers.stream()
                .filter(layer -> mode == WriteMode.APPEND && "demo".equals(origins.get(layer.id())))
                .map(layer -> "图层 " + layer.id() + " 原为演示区域（示意数据）：已整体替换，而非追加")
                .toList();
    }

    private List<GridCell> assignVillages(List<ReferenceFeature> features, String source) {
        List<GridCell> cells = features.stream().map(GridCell.class::cast).toList();
        if (cells.stream().allMatch(c -> c.villageCode() != null)) {
            return cells;
        }
        List<AdminArea> villages = new ArrayList<>();
        reader.forEach(Layer.ADMIN, null, AdminLevel.VILLAGE, Integer.MAX_VALUE - 1,
                f -> villages.add((AdminArea) f));
        return new GridVillageAssigner(villages).assign(cells, source);
    }
}
