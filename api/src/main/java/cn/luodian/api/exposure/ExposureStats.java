package cn.luodian.api.exposure;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Counts over published periods, from their snapshots (what was printed is what is counted): new,
 * rectified and carried-over entries, and the median days from a case's first exposure to its
 * rectification, per period and grouped by township or category.
 */
final class ExposureStats {

    private ExposureStats() {
    }

    /** One group's counts; {@code medianDaysToRectify} null when nothing in it was rectified. */
    record Counts(String code, String name, int newEntries, int rectified, int carriedOver, Double medianDaysToRectify) {
        int total() {
            return newEntries + rectified + carriedOver;
        }
    }

    static Counts count(String code, String name, List<PublishedEntry> entries) {
        int fresh = 0;
        int rectified = 0;
        int carried = 0;
        List<Long> days = new ArrayList<>();
        for (PublishedEntry e : entries) {
            switch (e.kind()) {
                case NEW -> fresh++;
                case CARRIED_OVER -> carried++;
                case RECTIFIED -> {
                    rectified++;
                    if (e.rectifiedOn() != null) {
                        days.add(ChronoUnit.DAYS.between(e.exposedOn(), e.rectifiedOn()));
                    }
                }
                default -> throw new IllegalStateException("unknown kind " + e.kind());
            }
        }
        return new Counts(code, name, fresh, rectified, carried, median(days));
    }

    static Double median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Groups by a key (township or category code) and names each group by its first entry's name. */
    static List<Counts> groupBy(List<PublishedEntry> entries, Function<PublishedEntry, String> code,
                                Function<PublishedEntry, String> name) {
        Map<String, List<PublishedEntry>> groups = new LinkedHashMap<>();
        for (PublishedEntry e : entries) {
            groups.computeIfAbsent(String.valueOf(code.apply(e)), k -> new ArrayList<>()).add(e);
        }
        List<Counts> counts = new ArrayList<>();
        groups.forEach((k, list) -> counts.add(count(k, name.apply(list.get(0)), list)));
        counts.sort((a, b) -> Integer.compare(b.total(), a.total()) != 0 ? Integer.compare(b.total(), a.total())
                : a.code().compareTo(b.code()));
        return counts;
    }
}
