package cn.luodian.api.stats;

import java.time.Instant;
import java.util.List;

/**
 * A month's township ranking as one actor may see it: {@code entries} are the townships in the
 * actor's jurisdiction, each with its rank among all {@code ranked} townships of the district.
 */
public record RankingReport(Period period, Instant asOf, StatsSettings.Weights weights, int ranked,
                            List<TownshipRanking.Entry> entries) {
}
