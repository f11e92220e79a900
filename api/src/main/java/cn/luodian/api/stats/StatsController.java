package cn.luodian.api.stats;

import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The rates the district is judged on, over HTTP. A period is {@code month=YYYY-MM} (in the
 * case zone, Asia/Shanghai by default) or {@code from}/{@code to} ISO-8601 instants, [from, to);
 * with neither, the current month. Bad parameters are 400 problem+json.
 */
@RestController
@RequestMapping("/api/v1/stats")
public class StatsController {
    private final RatesService rates;
    private final RankingService ranking;
    private final CaseSettings settings;
    private final Clock clock;
    private final ComponentStatistics components;

    public StatsController(RatesService rates, RankingService ranking, CaseSettings settings, Clock clock,
                           ComponentStatistics components) {
        this.components = components;
        this.rates = rates;
        this.ranking = ranking;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/rates")
    public Map<String, Object> rates(@RequestParam(defaultValue = "overall") String groupBy,
                                     @RequestParam(required = false) String month,
                                     @RequestParam(required = false) String from,
                                     @RequestParam(required = false) String to,
                                     @RequestParam(required = false) String category,
                                     Actor actor) {
        GroupBy by = GroupBy.parse(groupBy);
        Period period = Period.parse(month, from, to, settings.zone(), clock.instant());
        String categoryCode = category == null || category.isBlank() ? null : category.trim();
        return StatsJson.rates(rates.rates(by, period, categoryCode, actor));
    }

    /**
     * 部件 statistics of a period: per 小类, owner or township, the components by status, the cases
     * about them and per 100 components, and the components with at least {@code repeatAtLeast} cases.
     */
    @GetMapping("/components")
    public Map<String, Object> components(@RequestParam(defaultValue = "category") String groupBy,
                                          @RequestParam(required = false) String month,
                                          @RequestParam(required = false) String from,
                                          @RequestParam(required = false) String to,
                                          @RequestParam(defaultValue = "2") int repeatAtLeast,
                                          Actor actor) {
        ComponentStatistics.By by = switch (groupBy.strip().toLowerCase(Locale.ROOT)) {
            case "category" -> ComponentStatistics.By.CATEGORY;
            case "owner" -> ComponentStatistics.By.OWNER;
            case "township" -> ComponentStatistics.By.TOWNSHIP;
            default -> throw new BadRequestException("分组应为 category（小类）、owner（权属单位）或 township（乡镇/街道）");
        };
        if (repeatAtLeast < 2 || repeatAtLeast > 1000) {
            throw new BadRequestException("重复故障的案件数应在 2 到 1000 之间，实为 " + repeatAtLeast);
        }
        Period period = Period.parse(month, from, to, settings.zone(), clock.instant());
        return StatsJson.components(components.report(by, period, repeatAtLeast, actor));
    }

    @GetMapping("/ranking")
    public Map<String, Object> ranking(@RequestParam(required = false) String month, Actor actor) {
        YearMonth m = month == null || month.isBlank()
                ? YearMonth.from(clock.instant().atZone(settings.zone())) : Period.parseMonth(month);
        return StatsJson.ranking(ranking.ranking(m, settings.zone(), actor));
    }
}
