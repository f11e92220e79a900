package cn.luodian.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class TownshipRankingTest {
    static final StatsSettings.Weights EQUAL = StatsSettings.Weights.EQUAL;

    static GroupRates township(String code, long cases, Rate response, Rate resolution, Rate satisfaction, Rate onTime) {
        return new GroupRates(code, "镇" + code, cases, response, resolution, satisfaction, onTime);
    }

    static Rate r(long n, long d) {
        return new Rate(n, d);
    }

    @Test
    void aRateIsNullWithoutDenominatorAndNeverNaN() {
        assertThat(Rate.NONE.value()).isNull();
        assertThat(r(0, 3).value()).isEqualTo(0.0);
        assertThat(r(3, 4).plus(r(1, 4)).value()).isEqualTo(0.5);
        assertThatThrownBy(() -> r(5, 4)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theScoreIsTheMeanOfTheRatesThatHaveADenominator() {
        GroupRates t = township("1", 4, r(1, 2), r(3, 4), Rate.NONE, r(1, 1));
        assertThat(TownshipRanking.score(t, EQUAL)).isEqualTo((0.5 + 0.75 + 1.0) / 3);
        assertThat(TownshipRanking.score(township("2", 1, Rate.NONE, Rate.NONE, Rate.NONE, Rate.NONE), EQUAL)).isNull();
    }

    @Test
    void weightsChangeTheScoreAndAZeroWeightLeavesARateOut() {
        GroupRates t = township("1", 4, r(1, 2), r(3, 4), r(1, 1), r(0, 1));
        // Weights that favour resolution and satisfaction and leave 按期结案率 out.
        StatsSettings.Weights weights = new StatsSettings.Weights(10, 45, 45, 0);
        assertThat(TownshipRanking.score(t, weights)).isCloseTo((10 * 0.5 + 45 * 0.75 + 45 * 1.0) / 100, within(1e-12));
        assertThat(weights.isAnyPositive()).isTrue();
        assertThat(new StatsSettings.Weights(0, 0, 0, 0).isAnyPositive()).isFalse();
    }

    @Test
    void tiesGoToMoreCasesThenTheLowerCodeAndTownshipsWithoutScoreLast() {
        List<GroupRates> townships = List.of(
                township("110112003", 5, r(1, 1), r(1, 1), Rate.NONE, Rate.NONE),
                township("110112002", 1, Rate.NONE, Rate.NONE, Rate.NONE, Rate.NONE),
                township("110112001", 5, r(2, 2), r(5, 5), r(1, 1), Rate.NONE),
                township("110112009", 9, r(1, 1), r(1, 1), r(1, 1), r(1, 1)),
                township("110112004", 9, r(1, 2), r(1, 2), r(1, 2), r(1, 2)));
        List<TownshipRanking.Entry> ranked = TownshipRanking.rank(townships, EQUAL);
        assertThat(ranked).extracting(e -> e.township().code())
                .containsExactly("110112009", "110112001", "110112003", "110112004", "110112002");
        assertThat(ranked).extracting(TownshipRanking.Entry::rank).containsExactly(1, 2, 3, 4, 5);
        assertThat(ranked).extracting(TownshipRanking.Entry::score).containsExactly(1.0, 1.0, 1.0, 0.5, null);
        // The input order does not matter.
        List<GroupRates> reversed = new ArrayList<>(townships);
        Collections.reverse(reversed);
        assertThat(TownshipRanking.rank(reversed, EQUAL)).isEqualTo(ranked);
    }
}
