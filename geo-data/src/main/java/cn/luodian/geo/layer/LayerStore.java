package cn.luodian.geo.layer;

import java.util.List;

/**
 * Where reference layers are kept. Implementations write a whole batch in one transaction: either
 * every feature lands or none does, and readers never see a half-written layer.
 */
public interface LayerStore {

    /** Writes every layer of {@code batch} atomically; throws and changes nothing on failure. */
    void write(LayerBatch batch, WriteMode mode);

    /** Replaces the division-code gazetteer rows for the given codes' district(s), atomically. */
    void writeDivisionCodes(List<DivisionCode> codes);

    long count(Layer layer);
}
