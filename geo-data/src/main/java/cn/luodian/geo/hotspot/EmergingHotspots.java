package cn.luodian.geo.hotspot;

import java.util.ArrayList;
import java.util.List;

/**
 * Emerging hot spot analysis after ArcGIS Pro's tool of that name, on a space-time cube of n
 * units × T time steps (values, e.g. case counts per week; step 0 the oldest).
 *
 * <h2>Gi* per bin</h2>
 * The cube is one data set of n·T bins. The neighbours of bin (i, t) are the bins (j, s) with j
 * one of i's spatial neighbours or i itself and t − w ≤ s ≤ t, where w = {@code timeWindowSteps}
 * (ArcGIS's "neighborhood time step": the same neighbours in the w previous steps; 1 by default,
 * 0 for space only). Gi* ({@link GetisOrdGiStar}, self included, the spatial weights' style) is
 * computed over all bins at once, with the mean and variance of the whole cube, and the
 * confidence bins are FDR-corrected over all bins when {@code fdr} is set (ArcGIS applies FDR).
 * A bin is a significant <b>hot</b> (<b>cold</b>) spot when its confidence bin is at least
 * +L (at most −L), L = 1, 2, 3 for alpha = 0.10, 0.05, 0.01.
 *
 * <h2>Trend</h2>
 * Mann-Kendall ({@link MannKendall}) on each unit's series of Gi* z-scores, significant at the
 * same alpha: UP, DOWN or NONE.
 *
 * <h2>Patterns</h2> See {@link #classify}; "90 %" means at least 90 % of the T steps (10·H ≥ 9·T).
 */
public final class EmergingHotspots {
    private EmergingHotspots() {
    }

    /**
     * @param timeWindowSteps previous steps whose bins are also neighbours (0 … T−1)
     * @param alpha significance of hot/cold bins and of the trend: 0.10, 0.05 or 0.01
     * @param fdr Benjamini–Hochberg over all bins of the cube
     */
    public record Options(int timeWindowSteps, double alpha, boolean fdr) {
        /** ArcGIS's defaults as we read them: one previous step, FDR; 95 %. */
        public static final Options DEFAULTS = new Options(1, 0.05, true);

        public Options {
            if (timeWindowSteps < 0) {
                throw new IllegalArgumentException("时间窗应为 0 个或更多之前的时间步，实为 " + timeWindowSteps);
            }
            if (alpha != 0.10 && alpha != 0.05 && alpha != 0.01) {
                throw new IllegalArgumentException("显著性水平应为 0.10、0.05 或 0.01，实为 " + alpha);
            }
        }

        int level() {
            return alpha == 0.10 ? 1 : alpha == 0.05 ? 2 : 3;
        }
    }

    /**
     * @param spatial the spatial neighbours of the units (with or without self; self is always added)
     * @param valuesByStep {@code valuesByStep[t][i]}: value of unit i in step t, oldest step first
     * @throws IllegalArgumentException with fewer than 3 steps, a step of the wrong length, a time
     *     window of T steps or more, or values Gi* refuses
     */
    public static EmergingResult analyse(SpatialWeights spatial, double[][] valuesByStep, Options options) {
        int n = spatial.size();
        int steps = valuesByStep.length;
        if (steps < 3) {
            throw new IllegalArgumentException("时空热点趋势至少需要 3 个时间步（建议 10 个），实为 " + steps);
        }
        if (options.timeWindowSteps() >= steps) {
            throw new IllegalArgumentException("时间窗包含之前 " + options.timeWindowSteps() + " 个时间步，需要多于 " + steps + " 个时间步");
        }
        double[] cube = new double[n * steps];
        for (int t = 0; t < steps; t++) {
            if (valuesByStep[t].length != n) {
                throw new IllegalArgumentException("第 " + t + " 个时间步有 " + valuesByStep[t].length + " 个数值，但有 " + n + " 个分析单元");
            }
            System.arraycopy(valuesByStep[t], 0, cube, t * n, n);
        }
        SpatialWeights spaceTime = spaceTimeWeights(spatial, steps, options.timeWindowSteps());
        GiStarResult gi = GetisOrdGiStar.compute(cube, spaceTime, options.fdr());
        List<EmergingUnit> units = new ArrayList<>(n);
        int[] bins = new int[steps];
        double[] z = new double[steps];
        for (int i = 0; i < n; i++) {
            int hot = 0;
            int cold = 0;
            for (int t = 0; t < steps; t++) {
                GiStarUnit bin = gi.unit(t * n + i);
                bins[t] = bin.bin();
                // A NaN z (a neighbourhood of every bin) carries no trend information: count it as 0.
                z[t] = Double.isNaN(bin.zScore()) ? 0 : bin.zScore();
                hot += bins[t] >= options.level() ? 1 : 0;
                cold += bins[t] <= -options.level() ? 1 : 0;
            }
            MannKendallResult trend = MannKendall.test(z, options.alpha());
            units.add(new EmergingUnit(spatial.unitIds().get(i), classify(bins, trend.trend(), options.level()), trend, hot, cold));
        }
        return new EmergingResult(units, steps, gi, options);
    }

    static SpatialWeights spaceTimeWeights(SpatialWeights spatial, int steps, int window) {
        int n = spatial.size();
        int[][] lists = new int[n * steps][];
        List<String> ids = new ArrayList<>(n * steps);
        for (int t = 0; t < steps; t++) {
            for (int i = 0; i < n; i++) {
                ids.add(spatial.unitIds().get(i) + "@" + t);
            }
        }
        for (int i = 0; i < n; i++) {
            int[] around = spatial.neighbours(i);
            int places = around.length + (spatial.selfIncluded() ? 0 : 1);
            for (int t = 0; t < steps; t++) {
                int from = Math.max(0, t - window);
                int[] list = new int[places * (t - from + 1) - 1];
                int at = 0;
                for (int s = from; s <= t; s++) {
                    if (!spatial.selfIncluded() && s != t) {
                        list[at++] = s * n + i;
                    }
                    for (int j : around) {
                        if (!(s == t && j == i)) {
                            list[at++] = s * n + j;
                        }
                    }
                }
                lists[t * n + i] = list;
            }
        }
        return SpatialWeights.fromNeighbourLists(ids, lists, true, spatial.style());
    }

    /**
     * The pattern of one unit from its confidence bins per step (oldest first) and the trend of its
     * z-scores. With H (C) the number of steps that are significant hot (cold) spots, i.e. bin ≥ +L
     * (≤ −L), T steps and "mostly" meaning 10·H ≥ 9·T, the <b>last step decides the family</b>:
     *
     * <ol>
     *   <li>Last step hot:
     *     <ul>
     *       <li>mostly hot → <b>intensifying</b> if the trend is UP, <b>diminishing</b> if DOWN,
     *           <b>persistent</b> if NONE;</li>
     *       <li>else, cold in some earlier step → <b>oscillating</b>;</li>
     *       <li>else, hot only in the last step → <b>new</b>;</li>
     *       <li>else, the hot steps are one uninterrupted run that ends with the last step
     *           (length ≥ 2) → <b>consecutive</b>;</li>
     *       <li>else (hot on and off, never cold) → <b>sporadic</b>.</li>
     *     </ul></li>
     *   <li>Last step cold: the same with hot and cold swapped, and the trend mirrored (a DOWN
     *       trend of z makes a cold spot <b>intensifying</b>, UP <b>diminishing</b>).</li>
     *   <li>Last step not significant: mostly hot → <b>historical hot</b>; mostly cold →
     *       <b>historical cold</b>; else <b>no pattern</b>.</li>
     * </ol>
     *
     * Where ArcGIS's wording overlaps, these choices decide: "never significant before" (new,
     * consecutive) is read as never a hot <i>or</i> cold spot, so a cold history makes a final hot
     * spot oscillating; persistent, intensifying and diminishing need the last step hot, and a
     * mostly-hot unit whose last step is not is historical.
     */
    public static EmergingPattern classify(int[] binsByStep, Trend trend, int level) {
        int steps = binsByStep.length;
        if (steps == 0 || level < 1 || level > 3) {
            throw new IllegalArgumentException("分类至少需要一个时间步，置信等级应为 1 到 3，实为 " + steps + " 个时间步、等级 " + level);
        }
        int last = binsByStep[steps - 1];
        boolean lastHot = last >= level;
        boolean lastCold = last <= -level;
        int hot = 0;
        int cold = 0;
        for (int bin : binsByStep) {
            hot += bin >= level ? 1 : 0;
            cold += bin <= -level ? 1 : 0;
        }
        if (lastHot || lastCold) {
            int same = lastHot ? hot : cold;
            int opposite = lastHot ? cold : hot;
            Trend stronger = lastHot ? Trend.UP : Trend.DOWN;
            Trend weaker = lastHot ? Trend.DOWN : Trend.UP;
            boolean mostly = 10L * same >= 9L * steps;
            if (mostly) {
                return trend == stronger ? pick(lastHot, EmergingPattern.INTENSIFYING_HOT_SPOT, EmergingPattern.INTENSIFYING_COLD_SPOT)
                        : trend == weaker ? pick(lastHot, EmergingPattern.DIMINISHING_HOT_SPOT, EmergingPattern.DIMINISHING_COLD_SPOT)
                        : pick(lastHot, EmergingPattern.PERSISTENT_HOT_SPOT, EmergingPattern.PERSISTENT_COLD_SPOT);
            }
            if (opposite > 0) {
                return pick(lastHot, EmergingPattern.OSCILLATING_HOT_SPOT, EmergingPattern.OSCILLATING_COLD_SPOT);
            }
            if (same == 1) {
                return pick(lastHot, EmergingPattern.NEW_HOT_SPOT, EmergingPattern.NEW_COLD_SPOT);
            }
            if (finalRun(binsByStep, level, lastHot) == same) {
                return pick(lastHot, EmergingPattern.CONSECUTIVE_HOT_SPOT, EmergingPattern.CONSECUTIVE_COLD_SPOT);
            }
            return pick(lastHot, EmergingPattern.SPORADIC_HOT_SPOT, EmergingPattern.SPORADIC_COLD_SPOT);
        }
        if (10L * hot >= 9L * steps) {
            return EmergingPattern.HISTORICAL_HOT_SPOT;
        }
        if (10L * cold >= 9L * steps) {
            return EmergingPattern.HISTORICAL_COLD_SPOT;
        }
        return EmergingPattern.NO_PATTERN;
    }

    private static int finalRun(int[] bins, int level, boolean hot) {
        int run = 0;
        for (int t = bins.length - 1; t >= 0 && (hot ? bins[t] >= level : bins[t] <= -level); t--) {
            run++;
        }
        return run;
    }

    private static EmergingPattern pick(boolean hot, EmergingPattern ifHot, EmergingPattern ifCold) {
        return hot ? ifHot : ifCold;
    }
}
