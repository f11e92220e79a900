package cn.luodian.api.layers;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.LayerStore.Origin;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.layer.WriteMode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Component;

/**
 * The stored reference layers and the division-code gazetteer as the other features use them: the
 * demo and the importers write whole batches, the index, places, grid and tiles read. The tables
 * themselves are reached only through this package's storage classes.
 */
@Component
public class ReferenceLayers {
    private final JdbcLayerStore store;
    private final LayerReader reader;
    private final DivisionCodeReader codes;

    public ReferenceLayers(JdbcLayerStore store, LayerReader reader, DivisionCodeReader codes) {
        this.store = store;
        this.reader = reader;
        this.codes = codes;
    }

    /** Writes the batch in one transaction; see {@link JdbcLayerStore#write}. */
    public void write(LayerBatch batch, WriteMode mode, Origin origin, String source) {
        store.write(batch, mode, origin, source);
    }

    public void writeDivisionCodes(List<DivisionCode> divisionCodes) {
        store.writeDivisionCodes(divisionCodes);
    }

    public long count(Layer layer) {
        return store.count(layer);
    }

    /** Where each layer's content came from, by layer id: {@code demo} or {@code import}. */
    public Map<String, String> origins() {
        return store.origins();
    }

    /** Up to {@code limit} features of a layer meeting {@code bbox}; true when more matched than the limit allowed. */
    public boolean forEach(Layer layer, Envelope bbox, AdminLevel level, int limit, Consumer<ReferenceFeature> consumer) {
        return reader.forEach(layer, bbox, level, limit, consumer);
    }

    public Optional<AdminArea> findAdminArea(String code) {
        return reader.findAdminArea(code);
    }

    public Optional<GridCell> findGridCell(String code) {
        return reader.findGridCell(code);
    }

    public Optional<DivisionCode> findDivisionCode(String code) {
        return codes.findByCode(code);
    }

    public long countDivisionCodes() {
        return codes.count();
    }
}
