package cn.luodian.api.stats;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * The monthly township ranking (月度排名). Townships are ranked within their district, the unit the
 * assessment compares; an actor sees the rows of the townships in their jurisdiction, with their
 * rank in the district: township staff their own township's row and place, the district's centre
 * (dispatchers, supervisors, planners) every township. Responsible units are judged per unit, not
 * per township, and get 403. Only townships with cases received in the month are ranked.
 */
@Service
public class RankingService {
    private final RateCounter counter;
    private final StatsSettings settings;
    private final Clock clock;

    public RankingService(RateCounter counter, StatsSettings settings, Clock clock) {
        this.counter = counter;
        this.settings = settings;
        this.clock = clock;
    }

    public RankingReport ranking(YearMonth month, ZoneId zone, Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            throw new ForbiddenException("乡镇/街道排名只供区指挥中心和乡镇/街道查看；" + "责任单位请查看本单位的指标");
        }
        Period period = Period.ofMonth(month, zone);
        Instant asOf = clock.instant();
        String scope = actor.scopeCode();
        String district = scope.length() >= 6 ? scope.substring(0, 6) : "";
        List<GroupRates> townships = RatesService.sum(
                counter.count(RateCounter.Column.TOWNSHIP, period, StatsScope.ofAdminCode(district), asOf),
                RateCounter.Row::key, (code, row) -> row.name(), Comparator.naturalOrder()).stream()
                .filter(t -> t.code() != null).toList();
        List<TownshipRanking.Entry> ranked = TownshipRanking.rank(townships, settings.weights());
        List<TownshipRanking.Entry> visible = ranked.stream()
                .filter(e -> e.township().code().startsWith(scope)).toList();
        return new RankingReport(period, asOf, settings.weights(), ranked.size(), visible);
    }
}
