package cn.luodian.api.unplaced;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.EnumIds;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The 待定位 list over HTTP: read it, place a report (it becomes a case), discard one. */
@RestController
@RequestMapping("/api/v1/unplaced")
public class UnplacedController {
    private final UnplacedReports reports;
    private final Taxonomy categories;

    public UnplacedController(UnplacedReports reports, Taxonomy categories) {
        this.reports = reports;
        this.categories = categories;
    }

    public record CandidateJson(double lon, double lat, double uncertaintyMetres) {
    }

    public record ReportJson(long id, String source, String sourceLabel, String externalId, String category,
                             String categoryName, String description, String urgency, String urgencyLabel,
                             String locationText, String reason, String reporterName, String reporterPhone,
                             Instant receivedAt, String createdBy, String state, String stateLabel, Long placedCaseId,
                             String closedBy, Instant closedAt, String discardReason, List<CandidateJson> candidates) {
    }

    public record Page(long total, List<ReportJson> items) {
    }

    public record PlaceRequest(Double lon, Double lat, String crs) {
    }

    public record DiscardRequest(String reason) {
    }

    public record Placed(long caseId, String caseNumber) {
    }

    public record Count(long waiting) {
    }

    @GetMapping
    public Page list(@RequestParam(defaultValue = "waiting") String state,
                     @RequestParam(defaultValue = "0") int offset,
                     @RequestParam(defaultValue = "50") int limit, Actor actor) {
        UnplacedState wanted = state(state);
        return new Page(reports.count(wanted, actor),
                reports.list(wanted, offset, limit, actor).stream().map(r -> json(r, actor)).toList());
    }

    @GetMapping("/count")
    public Count count(Actor actor) {
        return new Count(reports.count(UnplacedState.WAITING, actor));
    }

    @GetMapping("/{id}")
    public ReportJson get(@PathVariable long id, Actor actor) {
        return json(reports.get(id, actor), actor);
    }

    @PostMapping("/{id}/place")
    public Placed place(@PathVariable long id, @RequestBody PlaceRequest request, Actor actor) {
        if (request == null || request.lon() == null || request.lat() == null
                || !Double.isFinite(request.lon()) || !Double.isFinite(request.lat())) {
            throw new BadRequestException("请给出定位点的经度和纬度");
        }
        CityCase placed = reports.place(id, request.lon(), request.lat(), Coordinates.datum(request.crs()), actor);
        return new Placed(placed.id(), placed.number());
    }

    @PostMapping("/{id}/discard")
    public ReportJson discard(@PathVariable long id, @RequestBody DiscardRequest request, Actor actor) {
        return json(reports.discard(id, request == null ? null : request.reason(), actor), actor);
    }

    private static UnplacedState state(String id) {
        try {
            return EnumIds.parse(UnplacedState.values(), UnplacedState::id, id, "状态参数无效：只能查询待定位、已定位或已作废的记录");
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }

    /** Contact data is for the dispatch centre, which calls back; supervisors see it masked. */
    private ReportJson json(UnplacedReport r, Actor actor) {
        boolean contact = actor.role() == Role.DISPATCHER || actor.role() == Role.ADMIN;
        String phone = r.reporterPhone() == null ? null : contact ? r.reporterPhone() : "已隐藏";
        String categoryName = categories.find(r.categoryCode()).map(c -> c.name()).orElse(r.categoryCode());
        return new ReportJson(r.id(), r.source().id(), r.source().label(), r.externalId(), r.categoryCode(), categoryName,
                r.description(), r.urgency().id(), r.urgency().label(), r.locationText(), r.reason(),
                contact ? r.reporterName() : null, phone, r.receivedAt(), r.createdBy(), r.state().id(),
                r.state().label(), r.placedCaseId(), r.closedBy(), r.closedAt(), r.discardReason(),
                r.candidates().stream().map(c -> new CandidateJson(c.lon(), c.lat(), c.uncertaintyMetres())).toList());
    }
}
