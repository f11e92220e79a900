package cn.luodian.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.system.BadRequestException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    static final Instant NOW = Instant.parse("2026-11-30T17:00:00Z"); // 1 December, 01:00 in Beijing

    @Test
    void aMonthIsItsCalendarMonthInBeijing() {
        Period p = Period.parse("2026-11", null, null, BEIJING, NOW);
        assertThat(p.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(p.month()).isEqualTo(YearMonth.of(2026, 11));
        assertThat(Period.parse("2026-12", null, null, BEIJING, NOW).to()).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    }

    @Test
    void noPeriodIsTheCurrentMonthWhereTheCasesAre() {
        assertThat(Period.parse(null, " ", "", BEIJING, NOW).month()).isEqualTo(YearMonth.of(2026, 12));
    }

    @Test
    void fromAndToAreInstantsWithAnyOffset() {
        Period p = Period.parse(null, "2026-11-01T00:00:00+08:00", "2026-11-02T00:00:00Z", BEIJING, NOW);
        assertThat(p.from()).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(p.to()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
        assertThat(p.month()).isNull();
        Period empty = Period.parse(null, "2026-11-01T00:00:00Z", "2026-11-01T00:00:00Z", BEIJING, NOW);
        assertThat(empty.from()).isEqualTo(empty.to());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "2026-13 | -                    | -                    | 月份应形如 2026-11",
            "2026-00 | -                    | -                    | 月份应形如 2026-11",
            "26-11   | -                    | -                    | 月份应形如 2026-11",
            "2026-11-01 | -                 | -                    | 月份应形如 2026-11",
            "2026-11 | 2026-11-01T00:00:00Z | -                    | 不要同时给出",
            "-       | 2026-11-01T00:00:00Z | -                    | 须同时给出",
            "-       | -                    | 2026-11-01T00:00:00Z | 须同时给出",
            "-       | 2026-11-02T00:00:00Z | 2026-11-01T00:00:00Z | 晚于结束时间",
            "-       | yesterday            | 2026-11-01T00:00:00Z | 开始时间应为 ISO-8601 时间",
            "-       | 2026-11-01T00:00:00Z | 2026-12-01           | 结束时间应为 ISO-8601 时间",
    })
    void badPeriodsAreBadRequests(String month, String from, String to, String message) {
        assertThatThrownBy(() -> Period.parse(month, from, to, BEIJING, NOW))
                .isInstanceOf(BadRequestException.class).hasMessageContaining(message);
    }

    @Test
    void groupByNamesAreCheckedToo() {
        assertThat(GroupBy.parse(" Township ")).isEqualTo(GroupBy.TOWNSHIP);
        assertThatThrownBy(() -> GroupBy.parse("village")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("乡镇/街道、责任单位、大类、小类、全部");
    }
}
