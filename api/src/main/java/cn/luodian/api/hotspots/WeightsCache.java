package cn.luodian.api.hotspots;

import cn.luodian.geo.hotspot.AnalysisUnits;
import cn.luodian.geo.hotspot.SpatialWeights;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The spatial weights of the last few unit sets, reused between analyses. Who neighbours whom
 * depends on the units' positions and the neighbourhood only, not on the cases, and on the 27,397
 * grid cells with a 500 m band (1.2 million links) finding the neighbours is most of a Gi* run
 * (issue 13). A hit needs the same ids and centroids, compared in full, so a changed grid or scope
 * is a miss, never a wrong answer. Bounded to {@link #ENTRIES} sets (tens of MB at that size).
 */
@Component
class WeightsCache {
    static final int ENTRIES = 4;

    private record Key(NeighbourWeights neighbourhood, boolean includeSelf, int size, int hash) {
    }

    private record Entry(List<String> ids, double[] x, double[] y, SpatialWeights weights) {
    }

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > ENTRIES;
        }
    };

    /** The weights of `units` under the neighbourhood, computed unless the same set was asked for lately. */
    SpatialWeights weights(NeighbourWeights neighbourhood, AnalysisUnits units, boolean includeSelf) {
        int n = units.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = units.xMetres(i);
            y[i] = units.yMetres(i);
        }
        List<String> ids = units.unitIds();
        Key key = new Key(neighbourhood, includeSelf, n, 31 * (31 * ids.hashCode() + Arrays.hashCode(x)) + Arrays.hashCode(y));
        synchronized (entries) {
            Entry known = entries.get(key);
            if (known != null && known.ids().equals(ids) && Arrays.equals(known.x(), x) && Arrays.equals(known.y(), y)) {
                return known.weights();
            }
        }
        // Computed outside the lock: two first requests may both compute; either answer is the same.
        SpatialWeights weights = neighbourhood.build(units, includeSelf);
        synchronized (entries) {
            entries.put(key, new Entry(List.copyOf(ids), x, y, weights));
        }
        return weights;
    }
}
