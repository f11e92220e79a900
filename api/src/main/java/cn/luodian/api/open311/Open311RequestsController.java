package cn.luodian.api.open311;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.crs.Datum;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 service requests, read side: {@code requests.json} (by ids, or filtered by
 * service, time range and status) and {@code requests/{id}.json}. The id is the case number.
 * Without dates the last 90 days are searched; a range may span at most 90 days; at most 1,000
 * requests are answered, newest first. {@code crs} (our extension) answers lat/long in another datum.
 * Only the cases the district publishes are seen ({@link Open311Settings}); another case is 404, as
 * one that does not exist.
 */
@RestController
public class Open311RequestsController {
    static final Duration MAX_RANGE = Duration.ofDays(90);
    static final int MAX_RESULTS = 1000;
    static final int MAX_IDS = 100;

    private final CaseService cases;
    private final Taxonomy categories;
    private final ServiceRequestViews views;
    private final CaseSettings settings;
    private final Clock clock;

    public Open311RequestsController(CaseService cases, Taxonomy categories, ServiceRequestViews views,
                                     CaseSettings settings, Clock clock) {
        this.cases = cases;
        this.categories = categories;
        this.views = views;
        this.settings = settings;
        this.clock = clock;
    }

    @GetMapping("/open311/v2/requests.json")
    public List<Map<String, Object>> list(@RequestParam(name = "service_request_id", required = false) String ids,
                                          @RequestParam(name = "service_code", required = false) String serviceCode,
                                          @RequestParam(name = "start_date", required = false) String startDate,
                                          @RequestParam(name = "end_date", required = false) String endDate,
                                          @RequestParam(name = "status", required = false) String status,
                                          @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                          @RequestParam(name = "crs", required = false) String crs) {
        Datum datum = Coordinates.datum(crs);
        if (ids != null && !ids.isBlank()) {
            // By the spec, ids given means the other filters are ignored.
            Set<String> numbers = Arrays.stream(ids.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            if (numbers.size() > MAX_IDS) {
                throw new BadRequestException("请求编号列出了 " + numbers.size() + " 个，最多 " + MAX_IDS + " 个");
            }
            List<CityCase> found = numbers.stream().map(n -> cases.findByNumber(n, ServiceRequestViews.PUBLIC))
                    .flatMap(Optional::stream).filter(views::isPublished).toList();
            return views.of(found, datum);
        }
        if (serviceCode != null && !serviceCode.isBlank() && categories.find(serviceCode.strip()).isEmpty()) {
            throw new BadRequestException("没有服务代码 '" + serviceCode.strip() + "'：可用的服务见 /open311/v2/services.json");
        }
        Instant[] range = range(Open311Times.parse("start_date", startDate, settings.zone()),
                Open311Times.parse("end_date", endDate, settings.zone()));
        CaseFilter filter = new CaseFilter(null, null, null, serviceCode == null || serviceCode.isBlank() ? null : serviceCode.strip(),
                states(status), range[0], range[1], null, null, null);
        return views.of(cases.list(views.publishedOnly(filter), ServiceRequestViews.PUBLIC, 0, MAX_RESULTS), datum);
    }

    @GetMapping("/open311/v2/requests/{id}.json")
    public List<Map<String, Object>> one(@PathVariable String id,
                                         @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
                                         @RequestParam(name = "crs", required = false) String crs) {
        Datum datum = Coordinates.datum(crs);
        CityCase found = cases.findByNumber(id, ServiceRequestViews.PUBLIC).filter(views::isPublished)
                .orElseThrow(() -> new NotFoundException("没有编号为 '" + id + "' 的服务请求"));
        return views.of(List.of(found), datum);
    }

    /** [from, to): the asked range, or the 90 days up to now, or 90 days from/to the one bound given. */
    private Instant[] range(Instant start, Instant end) {
        if (start == null && end == null) {
            end = clock.instant().plusSeconds(1);
        }
        if (start == null) {
            start = end.minus(MAX_RANGE);
        } else if (end == null) {
            end = start.plus(MAX_RANGE);
        }
        if (start.isAfter(end)) {
            throw new BadRequestException("开始日期晚于结束日期");
        }
        if (Duration.between(start, end).compareTo(MAX_RANGE) > 0) {
            throw new BadRequestException("开始日期到结束日期超过 90 天");
        }
        return new Instant[] {start, end};
    }

    private static Set<CaseState> states(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        Set<CaseState> states = EnumSet.noneOf(CaseState.class);
        for (String s : status.split(",")) {
            switch (s.strip()) {
                case "open" -> Arrays.stream(CaseState.values()).filter(CaseState::isOpen).forEach(states::add);
                case "closed" -> Arrays.stream(CaseState.values()).filter(st -> !st.isOpen()).forEach(states::add);
                default -> throw new BadRequestException("状态 '" + s.strip() + "' 无效：应为办理中或已办结");
            }
        }
        return states;
    }
}
