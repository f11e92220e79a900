package cn.luodian.geo.tile.raster;

import java.util.Comparator;
import org.locationtech.jts.geom.Geometry;

/**
 * A feature that may be labelled: its text, kind and where (a point for areas, the whole line for
 * roads and waterways), in Web Mercator metres. Where labels compete, the order is fixed by the
 * feature, never by the tile being drawn, so that neighbouring tiles make the same choices.
 *
 * @param rank smaller first within a kind: minus the area or length, so big features win
 * @param key  a stable tie-breaker (code or name and part)
 */
record LabelSource(LabelKind kind, String text, Geometry geometryMetres, double rank, String key) {

    static final Comparator<LabelSource> PRIORITY = Comparator.comparing(LabelSource::kind)
            .thenComparingDouble(LabelSource::rank)
            .thenComparing(LabelSource::key);
}
