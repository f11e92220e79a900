package cn.luodian.api.assessment;

import cn.luodian.api.stats.StatsSettings;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * An assessment as one actor may see it: {@code rows} in rank order, each ranked among all
 * {@code ranked} rows of {@code scope} (the admin code the figures cover).
 */
record AssessmentReport(AssessmentPeriod period, AssessmentBy by, String scope, Instant asOf, StatsSettings.Weights weights,
                        Duration verificationWithin, int ranked, List<AssessmentRow> rows) {
}
