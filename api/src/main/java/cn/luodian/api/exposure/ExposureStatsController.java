package cn.luodian.api.exposure;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/exposure/stats?publisher=…[&number=N]}: per period and by township and
 * category, within the reader's jurisdiction (township staff: their own places).
 */
@RestController
public class ExposureStatsController {
    private final PublishedPeriods published;

    public ExposureStatsController(PublishedPeriods published) {
        this.published = published;
    }

    @GetMapping("/api/v1/exposure/stats")
    public Map<String, Object> stats(@RequestParam String publisher, @RequestParam(required = false) Integer number,
                                     Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            throw new ForbiddenException("曝光台统计只供区指挥中心和乡镇/街道查看");
        }
        Publisher p = published.publisher(publisher);
        List<PublishedPeriods.Read> reads = number == null
                ? published.latest(p).stream().map(PublishedPeriods.Read::orRefuse).toList() : List.of(published.get(publisher, number, null));
        List<Map<String, Object>> periods = new ArrayList<>();
        List<PublishedEntry> all = new ArrayList<>();
        for (PublishedPeriods.Read r : reads) {
            List<PublishedEntry> visible = r.content().entries().stream().filter(e -> ExposureAccess.canSee(actor, e)).toList();
            all.addAll(visible);
            Map<String, Object> json = json(ExposureStats.count(String.valueOf(r.period().number()), r.period().label(), visible));
            json.put("number", r.period().number());
            json.put("revision", r.period().revision());
            json.put("issueDate", r.content().issueDate().toString());
            periods.add(json);
        }
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("publisher", p.code());
        answer.put("publisherName", p.name());
        answer.put("scope", actor.scopeCode());
        answer.put("total", json(ExposureStats.count("", "合计", all)));
        answer.put("periods", periods);
        answer.put("byTownship", ExposureStats.groupBy(all, PublishedEntry::townshipCode, PublishedEntry::township).stream()
                .map(ExposureStatsController::json).toList());
        answer.put("byCategory", ExposureStats.groupBy(all, PublishedEntry::categoryCode, PublishedEntry::category).stream()
                .map(ExposureStatsController::json).toList());
        return answer;
    }

    private static Map<String, Object> json(ExposureStats.Counts c) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", c.code());
        json.put("name", c.name());
        json.put("new", c.newEntries());
        json.put("rectified", c.rectified());
        json.put("carriedOver", c.carriedOver());
        json.put("total", c.total());
        json.put("medianDaysToRectify", c.medianDaysToRectify());
        return json;
    }
}
