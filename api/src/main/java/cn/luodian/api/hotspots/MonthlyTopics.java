package cn.luodian.api.hotspots;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CasePlaceLevel;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.PlaceCategoryCount;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.security.Actor;
import cn.luodian.api.stats.Period;
import cn.luodian.api.system.BadRequestException;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;

/**
 * 每月一题: the township × 小类 problems of a month, ranked by how many cases they brought
 * ({@code byCount}) and by how many more than in the month before ({@code byGrowth}, only those
 * that grew). Ties go to the larger count, then to the lower township and category codes, so the
 * ranking is the same on every run. Months are calendar months in the case zone (Asia/Shanghai).
 */
@Service
public class MonthlyTopics {
    private final CaseService cases;
    private final HotspotInputs inputs;
    private final Taxonomy categories;
    private final CaseSettings caseSettings;
    private final HotspotSettings settings;
    private final Clock clock;

    public MonthlyTopics(CaseService cases, HotspotInputs inputs, Taxonomy categories, CaseSettings caseSettings,
                         HotspotSettings settings, Clock clock) {
        this.cases = cases;
        this.inputs = inputs;
        this.categories = categories;
        this.caseSettings = caseSettings;
        this.settings = settings;
        this.clock = clock;
    }

    /** One problem: a 小类 in a township, with its counts this month and the month before. */
    public record Topic(int rank, String townshipCode, String township, String categoryCode, String category,
                        String parentCategory, long count, long previousCount, long growth, Double growthRate) {
    }

    public record Report(YearMonth month, Map<String, Object> parameters, long cases, long previousCases,
                         List<Topic> byCount, List<Topic> byGrowth) {
    }

    public Report topics(HotspotRequest request, Actor actor) {
        if (request.filter() != null && (request.filter().from() != null || request.filter().to() != null)) {
            throw new BadRequestException("每月一题按自然月统计：请给出月份（如 2026-11），不要给开始和结束时间");
        }
        HotspotInputs.Selection selection = inputs.select(request.filter(), actor);
        YearMonth month = request.month() == null || request.month().isBlank()
                ? YearMonth.from(clock.instant().atZone(caseSettings.zone())).minusMonths(1)
                : Period.parseMonth(request.month());
        Instant previousStart = Period.ofMonth(month.minusMonths(1), caseSettings.zone()).from();
        Period current = Period.ofMonth(month, caseSettings.zone());
        CaseFilter f = selection.filter();
        CaseFilter twoMonths = new CaseFilter(f.bbox(), f.adminCode(), f.gridCellCode(), f.categoryPrefix(), f.states(),
                previousStart, current.to(), f.overdue(), null, null);
        List<PlaceCategoryCount> counts = cases.countByPlaceAndCategory(CasePlaceLevel.TOWNSHIP, twoMonths, current.from(), actor);
        Map<String, Category> taxonomy = categories.listAll().stream()
                .collect(Collectors.toMap(Category::code, Function.identity(), (a, b) -> a));
        Comparator<PlaceCategoryCount> codes = Comparator.comparing(PlaceCategoryCount::placeCode)
                .thenComparing(PlaceCategoryCount::categoryCode);
        List<PlaceCategoryCount> byCount = counts.stream().filter(c -> c.since() > 0)
                .sorted(Comparator.comparingLong(PlaceCategoryCount::since).reversed()
                        .thenComparing(Comparator.comparingLong(PlaceCategoryCount::before)).thenComparing(codes))
                .limit(settings.topicsLimit()).toList();
        List<PlaceCategoryCount> byGrowth = counts.stream().filter(c -> c.since() > c.before())
                .sorted(Comparator.comparingLong((PlaceCategoryCount c) -> c.since() - c.before()).reversed()
                        .thenComparing(Comparator.comparingLong(PlaceCategoryCount::since).reversed()).thenComparing(codes))
                .limit(settings.topicsLimit()).toList();
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("month", month.toString());
        parameters.put("previousMonth", month.minusMonths(1).toString());
        parameters.put("zone", caseSettings.zone().getId());
        parameters.put("from", current.from().toString());
        parameters.put("to", current.to().toString());
        parameters.put("filter", HotspotParameters.filter(selection));
        parameters.put("limit", settings.topicsLimit());
        return new Report(month, parameters, counts.stream().mapToLong(PlaceCategoryCount::since).sum(),
                counts.stream().mapToLong(PlaceCategoryCount::before).sum(), ranked(byCount, taxonomy),
                ranked(byGrowth, taxonomy));
    }

    private static List<Topic> ranked(List<PlaceCategoryCount> rows, Map<String, Category> taxonomy) {
        return java.util.stream.IntStream.range(0, rows.size()).mapToObj(i -> {
            PlaceCategoryCount c = rows.get(i);
            Category category = taxonomy.get(c.categoryCode());
            Category parent = category == null || category.parentCode() == null ? null : taxonomy.get(category.parentCode());
            Double rate = c.before() == 0 ? null : (double) (c.since() - c.before()) / c.before();
            return new Topic(i + 1, c.placeCode(), c.placeName(), c.categoryCode(), category == null ? c.categoryCode()
                    : category.name(), parent == null ? null : parent.name(), c.since(), c.before(), c.since() - c.before(), rate);
        }).toList();
    }
}
