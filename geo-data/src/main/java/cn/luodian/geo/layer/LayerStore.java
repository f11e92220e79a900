package cn.luodian.geo.layer;

import java.util.List;

/**
 * Where reference layers are kept. Implementations write a whole batch in one transaction: either
 * every feature lands or none does, and readers never see a half-written layer.
 */
public interface LayerStore {

    /** Where a layer's content came from: the bundled demo region, or a user's import. */
    enum Origin { DEMO, IMPORT }

    /**
     * Writes every layer of {@code batch} atomically and records {@code origin} and {@code source}
     * (a file name) for each; throws and changes nothing on failure.
     */
    void write(LayerBatch batch, WriteMode mode, Origin origin, String source);

    /** Inserts or replaces the given division codes, atomically. */
    void writeDivisionCodes(List<DivisionCode> codes);

    long count(Layer layer);
}
