package cn.luodian.geo.hotspot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Sparse spatial weights: for every unit the sorted list of its neighbours and one weight that all
 * of them share (1 for {@link WeightStyle#BINARY}, 1 / count for
 * {@link WeightStyle#ROW_STANDARDISED}). Built by {@link #distanceBand} or {@link #kNearest} from
 * unit centroids (see {@link NeighbourSearch}); immutable.
 *
 * <p>Mirrors spdep: {@code distanceBand(units, d, …)} is {@code dnearneigh(coords, 0, d)}
 * (0 ≤ distance ≤ d, so coincident centroids are neighbours), {@code kNearest(units, k, …)} is
 * {@code knn2nb(knearneigh(coords, k))} (asymmetric: j is a neighbour of i when j is among i's k
 * nearest), {@code includeSelf} is {@code include.self(nb)} (the unit is inserted in its sorted
 * place and counts towards the row-standardised denominator), and the style is
 * {@code nb2listw(nb, style = "B" | "W")}.
 *
 * <p><b>Units without neighbours</b> (none within the band; with {@code includeSelf}, none other
 * than themselves) are kept and listed by {@link #isolatedUnits()}. spdep refuses them unless
 * {@code zero.policy = TRUE}; here a caller that wants that refusal calls
 * {@link #requireNoIsolates()}, and the statistics otherwise give them spdep's
 * {@code zero.policy = TRUE} answers (documented on each statistic).
 */
public final class SpatialWeights {
    /** Beyond this many neighbour links the band is too wide to be a neighbourhood (and to fit in memory). */
    public static final long MAX_LINKS = 50_000_000L;
    /** Widest distance band accepted: a neighbourhood wider than a district is a mistake. */
    public static final double MAX_BAND_METRES = 50_000;

    private final List<String> unitIds;
    private final int[] offsets;
    private final int[] neighbours;
    private final double[] rowWeight;
    private final boolean selfIncluded;
    private final WeightStyle style;
    private final int[] isolated;
    private final String description;

    SpatialWeights(List<String> unitIds, int[] offsets, int[] neighbours, boolean selfIncluded, WeightStyle style,
            String description) {
        this.unitIds = List.copyOf(unitIds);
        this.offsets = offsets;
        this.neighbours = neighbours;
        this.selfIncluded = selfIncluded;
        this.style = style;
        this.description = description;
        int n = unitIds.size();
        rowWeight = new double[n];
        List<Integer> lonely = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int count = offsets[i + 1] - offsets[i];
            rowWeight[i] = count == 0 ? 0 : style == WeightStyle.BINARY ? 1 : 1.0 / count;
            if (count == (selfIncluded ? 1 : 0)) {
                lonely.add(i);
            }
        }
        isolated = lonely.stream().mapToInt(Integer::intValue).toArray();
    }

    /**
     * Neighbours within {@code bandMetres} of each unit's centroid (distance ≤ band).
     *
     * @throws IllegalArgumentException when the band is not in (0, 50 km] or the neighbourhoods
     *     would hold more than {@link #MAX_LINKS} links
     */
    public static SpatialWeights distanceBand(AnalysisUnits units, double bandMetres, boolean includeSelf,
            WeightStyle style) {
        if (!(bandMetres > 0) || bandMetres > MAX_BAND_METRES) {
            throw new IllegalArgumentException("距离带应大于 0 且不超过 " + (int) MAX_BAND_METRES + " 米，实为 " + bandMetres + " 米");
        }
        int[][] lists = NeighbourSearch.withinBand(units.xArray(), units.yArray(), bandMetres);
        return build(units.unitIds(), lists, includeSelf, style, "距离带 " + bandMetres + " 米");
    }

    /**
     * The {@code k} nearest other units of each unit (ties in distance go to the lower index).
     *
     * @throws IllegalArgumentException when k &lt; 1 or k ≥ the number of units
     */
    public static SpatialWeights kNearest(AnalysisUnits units, int k, boolean includeSelf, WeightStyle style) {
        if (k < 1 || k >= units.size()) {
            throw new IllegalArgumentException("最近邻个数 k 应至少为 1 且小于分析单元数（" + units.size() + "），实为 " + k);
        }
        int[][] lists = NeighbourSearch.kNearest(units.xArray(), units.yArray(), k);
        return build(units.unitIds(), lists, includeSelf, style, "最近 " + k + " 个邻居");
    }

    /**
     * Weights from given neighbour lists (indexes into {@code unitIds}, without the unit itself);
     * for contiguity or space-time neighbourhoods built elsewhere.
     */
    public static SpatialWeights fromNeighbourLists(List<String> unitIds, int[][] neighbourLists, boolean includeSelf,
            WeightStyle style) {
        if (neighbourLists.length != unitIds.size()) {
            throw new IllegalArgumentException("邻居列表：" + neighbourLists.length + " 个列表，但有 " + unitIds.size() + " 个分析单元");
        }
        int[][] lists = new int[neighbourLists.length][];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = neighbourLists[i].clone();
            Arrays.sort(lists[i]);
            for (int k = 0; k < lists[i].length; k++) {
                int j = lists[i][k];
                if (j < 0 || j >= lists.length || j == i || (k > 0 && lists[i][k - 1] == j)) {
                    throw new IllegalArgumentException("邻居列表：单元 " + i + " 的邻居 " + j + " 无效（超出范围、是自己或重复）");
                }
            }
        }
        return build(unitIds, lists, includeSelf, style, "给定的邻居列表");
    }

    private static SpatialWeights build(List<String> unitIds, int[][] lists, boolean includeSelf, WeightStyle style,
            String description) {
        int n = lists.length;
        long total = 0;
        for (int[] list : lists) {
            total += list.length + (includeSelf ? 1 : 0);
        }
        if (total > MAX_LINKS) {
            throw new IllegalArgumentException("邻域（" + description + "）将有 " + total + " 条邻接关系，超过上限 " + MAX_LINKS + "：请缩小距离带或减少邻居数");
        }
        int[] offsets = new int[n + 1];
        int[] flat = new int[(int) total];
        int at = 0;
        for (int i = 0; i < n; i++) {
            offsets[i] = at;
            boolean selfPending = includeSelf;
            for (int j : lists[i]) {
                if (selfPending && j > i) {
                    flat[at++] = i;
                    selfPending = false;
                }
                flat[at++] = j;
            }
            if (selfPending) {
                flat[at++] = i;
            }
        }
        offsets[n] = at;
        return new SpatialWeights(unitIds, offsets, flat, includeSelf, style, description);
    }

    public int size() {
        return unitIds.size();
    }

    public List<String> unitIds() {
        return unitIds;
    }

    /** Whether every unit is its own neighbour (spdep {@code include.self}), as Gi* needs. */
    public boolean selfIncluded() {
        return selfIncluded;
    }

    public WeightStyle style() {
        return style;
    }

    /** How the neighbours were chosen, e.g. "距离带 500.0 米"; for reports. */
    public String description() {
        return description;
    }

    /** Number of neighbours of unit i, counting the unit itself when self is included. */
    public int neighbourCount(int i) {
        return offsets[i + 1] - offsets[i];
    }

    /** The neighbours of unit i in ascending index order. */
    public int[] neighbours(int i) {
        return Arrays.copyOfRange(neighbours, offsets[i], offsets[i + 1]);
    }

    /** The weight of each of unit i's neighbours (0 when it has none). */
    public double weight(int i) {
        return rowWeight[i];
    }

    /** Total number of neighbour links (self links included). */
    public long linkCount() {
        return neighbours.length;
    }

    /** Indexes of the units without neighbours (other than themselves), ascending. */
    public int[] isolatedUnits() {
        return isolated.clone();
    }

    public List<String> isolatedUnitIds() {
        List<String> ids = new ArrayList<>(isolated.length);
        for (int i : isolated) {
            ids.add(unitIds.get(i));
        }
        return ids;
    }

    public boolean isIsolated(int i) {
        return neighbourCount(i) == (selfIncluded ? 1 : 0);
    }

    /** spdep's {@code zero.policy = FALSE}: refuse weights in which some unit has no neighbours. */
    public SpatialWeights requireNoIsolates() {
        if (isolated.length > 0) {
            List<String> ids = isolatedUnitIds();
            throw new IllegalArgumentException(size() + " 个分析单元中有 " + isolated.length + " 个没有邻居（" + description + "），例如 " + ids.subList(0, Math.min(5, ids.size())) + "：请加大距离带或改用 k 最近邻");
        }
        return this;
    }

    int[] offsetArray() {
        return offsets;
    }

    int[] neighbourArray() {
        return neighbours;
    }

    double[] rowWeightArray() {
        return rowWeight;
    }

    @Override
    public String toString() {
        return "SpatialWeights[" + size() + " units, " + description + ", " + style
                + (selfIncluded ? ", self included" : "") + ", " + linkCount() + " links, "
                + isolated.length + " without neighbours]";
    }
}
