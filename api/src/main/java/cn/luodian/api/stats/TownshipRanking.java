package cn.luodian.api.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The monthly ranking of townships by a composite score.
 *
 * <p>Score: the weighted mean of those of the four rates that have a denominator (a rate no case
 * counts towards is left out rather than counted as 0 or 100%), with {@link StatsSettings.Weights}
 * (equal by default, so the plain mean). A township none of whose rates has a denominator has no
 * score. Order: score descending; then the number of cases descending (the same score over more cases
 * is the better record); then township code ascending, so equal records always come out in the same
 * order. Ranks are 1, 2, 3 … in that order.
 */
public final class TownshipRanking {

    /** One township's place: its rank, score (null when it has none) and rates. */
    public record Entry(int rank, Double score, GroupRates township) {
    }

    private static final Comparator<GroupRates> CODE = Comparator.comparing(GroupRates::code,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private TownshipRanking() {
    }

    public static List<Entry> rank(List<GroupRates> townships, StatsSettings.Weights weights) {
        Comparator<GroupRates> order = Comparator
                .comparing((GroupRates t) -> score(t, weights), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Comparator.comparingLong(GroupRates::cases).reversed())
                .thenComparing(CODE);
        List<GroupRates> sorted = townships.stream().sorted(order).toList();
        List<Entry> entries = new ArrayList<>();
        for (GroupRates t : sorted) {
            entries.add(new Entry(entries.size() + 1, score(t, weights), t));
        }
        return entries;
    }

    /** The weighted mean of the rates that have a denominator, or null when none has. */
    public static Double score(GroupRates t, StatsSettings.Weights w) {
        double sum = 0;
        double weight = 0;
        // Always added in the same order, so equal rates give bit-for-bit equal scores.
        double[] weights = {w.response(), w.resolution(), w.satisfaction(), w.onTimeClosure()};
        Rate[] rates = {t.response(), t.resolution(), t.satisfaction(), t.onTimeClosure()};
        for (int i = 0; i < rates.length; i++) {
            Double value = rates[i].value();
            if (value != null && weights[i] > 0) {
                sum += weights[i] * value;
                weight += weights[i];
            }
        }
        return weight == 0 ? null : sum / weight;
    }
}
