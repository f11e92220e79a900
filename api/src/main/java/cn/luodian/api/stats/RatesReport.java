package cn.luodian.api.stats;

import java.time.Instant;
import java.util.List;

/**
 * The rates for one period and breakdown: one entry per group in display order, and the total of
 * all of them (the actor's whole jurisdiction). {@code asOf} is the time the response clocks were
 * judged at; figures for a recent period are provisional until its cases are closed.
 */
public record RatesReport(Period period, GroupBy groupBy, String category, Instant asOf, List<GroupRates> groups,
                          GroupRates total) {
}
