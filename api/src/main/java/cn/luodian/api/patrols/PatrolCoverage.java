package cn.luodian.api.patrols;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.GridCell;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.patrol.Coverage;
import cn.luodian.geo.patrol.Track;
import cn.luodian.geo.patrol.TrackCoverage;
import org.springframework.stereotype.Component;

/**
 * The unit grid cells a track covered, against the cells of the current reference snapshot (its
 * Gauss-Krüger projection: EPSG:4548 for 通州). The cell index is built once per snapshot, from the
 * metric geometries the snapshot already holds.
 */
@Component
class PatrolCoverage {
    private final ReferenceIndexHolder reference;
    private final PatrolSettings settings;
    private ReferenceIndex builtFor;
    private TrackCoverage coverage;

    PatrolCoverage(ReferenceIndexHolder reference, PatrolSettings settings) {
        this.reference = reference;
        this.settings = settings;
    }

    Coverage cover(Track track) {
        return current().cover(track, settings.bufferMetres());
    }

    private synchronized TrackCoverage current() {
        ReferenceIndex index = reference.get().index();
        if (index != builtFor) {
            coverage = TrackCoverage.of(index.layers().features(Layer.GRID, GridCell.class), index.projection(),
                    index::metricGeometry);
            builtFor = index;
        }
        return coverage;
    }
}
