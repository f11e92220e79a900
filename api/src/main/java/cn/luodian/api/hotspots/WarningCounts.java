package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CasePoint;
import cn.luodian.geo.hotspot.CountSeries;
import cn.luodian.geo.hotspot.TimeWindows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The placed cases counted per unit × 小类 and window, with the latest window's cases behind each
 * count, so a warning can name the cases that raised it. Sorted maps keep the series, and so the
 * warnings, in the same order on every run.
 */
final class WarningCounts {
    private final PlacedCases placed;
    private final int latest;
    /** unit index → 小类 → counts per window. */
    private final Map<Integer, Map<String, long[]>> counts = new TreeMap<>();
    private final Map<String, List<CasePoint>> latestCases = new TreeMap<>();

    private WarningCounts(PlacedCases placed, int latest) {
        this.placed = placed;
        this.latest = latest;
    }

    static WarningCounts of(PlacedCases placed, TimeWindows windows) {
        WarningCounts out = new WarningCounts(placed, windows.baselineWindows());
        for (int c = 0; c < placed.cases().size(); c++) {
            int unit = placed.unitOf(c);
            CasePoint point = placed.cases().get(c);
            int w = windows.windowOf(point.receivedAt());
            if (unit < 0 || w < 0) {
                continue;
            }
            out.counts.computeIfAbsent(unit, u -> new TreeMap<>())
                    .computeIfAbsent(point.categoryCode(), k -> new long[windows.windowCount()])[w]++;
            if (w == out.latest) {
                out.latestCases.computeIfAbsent(key(placed.units().get(unit).id(), point.categoryCode()),
                        k -> new ArrayList<>()).add(point);
            }
        }
        return out;
    }

    /** The series to test: only those with cases in the latest window can warn, so only they are tested. */
    List<CountSeries> series() {
        List<CountSeries> series = new ArrayList<>();
        counts.forEach((unit, byCategory) -> byCategory.forEach((category, byWindow) -> {
            if (byWindow[latest] > 0) {
                series.add(new CountSeries(placed.units().get(unit).id(), category, byWindow));
            }
        }));
        return series;
    }

    /** The latest window's cases of this unit and 小类. */
    List<CasePoint> latestCases(String unitId, String category) {
        return List.copyOf(latestCases.getOrDefault(key(unitId, category), List.of()));
    }

    private static String key(String unitId, String category) {
        return unitId + "\u0000" + category;
    }
}
