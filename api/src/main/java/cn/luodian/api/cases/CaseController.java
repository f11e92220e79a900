package cn.luodian.api.cases;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.clocks.Supervisions;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.dispatch.DispatchChoice;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.ActorNames;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.InvalidFieldException;
import cn.luodian.api.system.TextFields;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.crs.Datum;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Cases over HTTP: report, read, list, move through the workflow, history, supervision. */
@RestController
@RequestMapping("/api/v1/cases")
class CaseController {
    /**
     * A list counts its matches up to this many: beyond, {@code total} is this number and
     * {@code totalExact} false. Counting every one of a hundred thousand matching cases took longer
     * than the page itself, and a list or a map needs to know only that there are more; the rates
     * ({@code /api/v1/stats}) are where exact counts over many cases come from.
     */
    static final int EXACT_TOTAL_UP_TO = 1000;

    /** A case number: the configured prefix, the day and the day's sequence. */
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z0-9]{1,16}-\\d{8}-\\d{5,6}");
    /** A district has tens of units; the list is bounded all the same. */
    private static final int MAX_UNITS_LISTED = 1_000;

    private final CaseService service;
    private final CaseTransitions transitions;
    private final Taxonomy categories;
    private final ResponsibleUnits units;
    private final Supervisions supervisions;
    private final CaseSettings settings;

    private final ActorNames names;
    private final CaseInbox inbox;
    private final CaseComponents caseComponents;

    CaseController(CaseService service, CaseTransitions transitions, Taxonomy categories,
                   ResponsibleUnits units, Supervisions supervisions, CaseSettings settings, ActorNames names,
                   CaseInbox inbox, CaseComponents caseComponents) {
        this.caseComponents = caseComponents;
        this.names = names;
        this.inbox = inbox;
        this.service = service;
        this.transitions = transitions;
        this.categories = categories;
        this.units = units;
        this.supervisions = supervisions;
        this.settings = settings;
    }

    public record LocationInput(Double lon, Double lat, String crs) {
    }

    public record ReporterInput(String name, String phone) {
    }

    public record CreateRequest(String category, String description, String urgency, String source,
                                LocationInput location, ReporterInput reporter, String externalId, String componentCode) {
    }

    public record TransitionInput(String action, String note, Long unitId, String satisfaction, Long mergeInto,
                                  String componentStatus) {
    }

    @PostMapping
    public ResponseEntity<Map<String, Object>> create(@RequestBody CreateRequest request, Actor actor) {
        CaseService.Created created = service.create(toNewCase(request, actor), actor);
        Map<String, Object> body = json(created.value(), actor);
        // Bounded: the nearest few and the count, never every open case around (a soak once made it 910).
        body.put("duplicateCandidates", created.duplicates().nearest().stream()
                .map(n -> Map.of("id", n.value().id(), "number", n.value().number(), "text", n.value().locationText(),
                        "distanceMetres", Math.round(n.distanceMetres()))).toList());
        body.put("duplicateCandidatesTotal", created.duplicates().total());
        body.put("duplicateCandidatesTotalExact", created.duplicates().totalExact());
        if (!created.created()) {
            return ResponseEntity.ok(body);
        }
        return ResponseEntity.created(URI.create("/api/v1/cases/" + created.value().id())).body(body);
    }

    /** The counts on a handler's 案件 tab: 待签收, 处置中, 超期 of their unit's cases; 204 for other roles. */
    @GetMapping("/inbox")
    public ResponseEntity<CaseInbox.Counts> inbox(Actor actor) {
        return inbox.of(actor).map(ResponseEntity::ok).orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/{id}")
    public Map<String, Object> get(@PathVariable long id, Actor actor) {
        return json(service.get(id, actor), actor);
    }

    @GetMapping
    public Map<String, Object> list(@RequestParam(required = false) String bbox,
                                    @RequestParam(required = false) String admin,
                                    @RequestParam(required = false) String grid,
                                    @RequestParam(required = false) String category,
                                    @RequestParam(required = false) String state,
                                    @RequestParam(required = false) String from,
                                    @RequestParam(required = false) String to,
                                    @RequestParam(required = false) Boolean overdue,
                                    @RequestParam(defaultValue = "0") int offset,
                                    @RequestParam(defaultValue = "100") int limit,
                                    @RequestParam(defaultValue = "json") String format,
                                    Actor actor) {
        if (offset < 0 || limit < 1 || limit > settings.maxPageSize()) {
            throw new BadRequestException("起始位置应 ≥ 0，每页条数应为 1 到 " + settings.maxPageSize());
        }
        CaseFilter filter = CaseFilterParser.parse(bbox, admin, grid, category, state, from, to, overdue);
        CaseRepository.Page page = service.page(filter, actor, offset, limit, EXACT_TOTAL_UP_TO + 1);
        long total = page.countedUpTo();
        // One read of the taxonomy and the units per page, not two queries per case.
        Map<String, Category> categoryByCode = categories.listAll().stream()
                .collect(Collectors.toMap(Category::code, Function.identity()));
        Map<Long, ResponsibleUnit> unitById = units.listUnits().stream()
                .collect(Collectors.toMap(ResponsibleUnit::id, Function.identity()));
        List<Map<String, Object>> items = page.items().stream()
                .map(c -> CaseJson.of(c, actor, categoryByCode::get, unitById::get)).toList();
        Map<String, Object> body = new LinkedHashMap<>();
        if ("geojson".equalsIgnoreCase(format)) {
            body.put("type", "FeatureCollection");
            body.put("features", items.stream().map(CaseController::feature).toList());
        } else if ("json".equalsIgnoreCase(format)) {
            body.put("cases", items);
        } else {
            throw new BadRequestException("格式应为 json 或 geojson，实为 '" + format + "'");
        }
        body.put("total", Math.min(total, EXACT_TOTAL_UP_TO));
        body.put("totalExact", total <= EXACT_TOTAL_UP_TO);
        body.put("offset", offset);
        body.put("limit", limit);
        return body;
    }

    @PostMapping("/{id}/transitions")
    public Map<String, Object> transition(@PathVariable long id, @RequestBody TransitionInput input, Actor actor) {
        TextFields.line("action", input.action(), 30);
        TextFields.text("note", input.note(), CaseTransitions.MAX_NOTE);
        TextFields.line("satisfaction", input.satisfaction(), 30);
        TextFields.line("componentStatus", input.componentStatus(), 30);
        TransitionRequest request;
        try {
            request = new TransitionRequest(input.action() == null ? null : CaseAction.parse(input.action()), input.note(),
                    input.unitId(), input.satisfaction() == null ? null : Satisfaction.parse(input.satisfaction()),
                    input.mergeInto(), CaseComponents.checkedStatus(input.componentStatus()));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return json(transitions.apply(id, request, actor), actor);
    }

    /**
     * The case with this number (TZ-20261122-00042, any case of letters), for a user who may see it:
     * what a person types into the search box or names as the case to merge into.
     */
    @GetMapping("/by-number/{number}")
    public Map<String, Object> byNumber(@PathVariable String number, Actor actor) {
        String wanted = number.strip().toUpperCase(Locale.ROOT);
        if (!CASE_NUMBER.matcher(wanted).matches()) {
            throw new BadRequestException("这不是案件编号：案件编号形如 TZ-20261122-00042");
        }
        return json(service.findByNumber(wanted, actor)
                .orElseThrow(() -> new NotFoundException("没有编号为 " + wanted + " 的案件")), actor);
    }

    /**
     * The units a dispatcher may choose at 派遣 and the one the dispatch rules would choose (null when
     * no rule and no home unit applies), for a case the user may see.
     */
    @GetMapping("/{id}/dispatch-options")
    public Map<String, Object> dispatchOptions(@PathVariable long id, Actor actor) {
        CityCase c = service.get(id, actor);
        Map<String, Object> body = new LinkedHashMap<>();
        Optional<DispatchChoice> suggestion = transitions.suggestion(c);
        body.put("suggestedUnitId", suggestion.map(choice -> choice.unit().id()).orElse(null));
        body.put("suggestedReason", suggestion.map(DispatchChoice::reason).orElse(null));
        body.put("units", units.listEnabledUnits().stream().limit(MAX_UNITS_LISTED).map(u -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("id", u.id());
            json.put("code", u.code());
            json.put("name", u.name());
            json.put("townshipCode", u.townshipCode());
            return json;
        }).toList());
        return body;
    }

    @GetMapping("/{id}/history")
    public Map<String, Object> history(@PathVariable long id, Actor actor) {
        return Map.of("events", service.history(id, actor).stream().map(e -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("action", e.action());
            json.put("from", e.fromState() == null ? null : e.fromState().id());
            json.put("to", e.toState().id());
            json.put("actor", e.actor());
            json.put("actorName", names.nameOf(e.actor()));
            json.put("at", e.at().toString());
            json.put("note", e.note());
            json.put("unitId", e.unitId());
            return json;
        }).toList());
    }

    @GetMapping("/{id}/supervisions")
    public Map<String, Object> supervisions(@PathVariable long id, Actor actor) {
        service.get(id, actor);
        return Map.of("supervisions", supervisions.list(id).stream().map(s -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("kind", s.kind().id());
            json.put("label", s.kind().label());
            json.put("level", s.level());
            json.put("createdAt", s.createdAt().toString());
            json.put("createdBy", s.createdBy());
            json.put("resolvedAt", s.resolvedAt() == null ? null : s.resolvedAt().toString());
            json.put("note", s.note());
            return json;
        }).toList());
    }

    private Map<String, Object> json(CityCase c, Actor actor) {
        Map<String, Object> json = CaseJson.of(c, actor, code -> categories.find(code).orElse(null),
                id -> units.findUnit(id).orElse(null));
        // A removed component (re-survey) leaves the code and no card.
        json.put("component", caseComponents.of(c).map(stored -> caseComponents.card(stored, c)).orElse(null));
        return json;
    }

    private static Map<String, Object> feature(Map<String, Object> json) {
        @SuppressWarnings("unchecked")
        Map<String, Object> location = (Map<String, Object>) json.get("location");
        return Map.of("type", "Feature", "geometry", Map.of("type", "Point",
                "coordinates", List.of(location.get("lon"), location.get("lat"))), "properties", json);
    }

    /**
     * A report without a source is the reporter's own: a grid worker's comes from their patrol (网格巡查).
     * Every text field passes {@link TextFields} under the name the client sent it by.
     */
    private static NewCase toNewCase(CreateRequest r, Actor actor) {
        if (r.location() == null || r.location().lon() == null || r.location().lat() == null) {
            throw new BadRequestException("缺少位置：须给出经度、纬度和坐标系");
        }
        TextFields.line("category", r.category(), 20);
        TextFields.text("description", r.description(), CaseService.MAX_DESCRIPTION);
        TextFields.line("urgency", r.urgency(), 20);
        TextFields.line("source", r.source(), 20);
        TextFields.line("location.crs", r.location().crs(), 40);
        TextFields.line("externalId", r.externalId(), CaseService.MAX_EXTERNAL_ID);
        TextFields.line("componentCode", r.componentCode(), 16);
        String name = r.reporter() == null ? null : TextFields.line("reporter.name", r.reporter().name(), CaseService.MAX_REPORTER_NAME);
        String phone = r.reporter() == null ? null : TextFields.phone("reporter.phone", r.reporter().phone());
        Datum datum = Coordinates.datum(r.location().crs());
        try {
            CaseSource source = r.source() != null ? CaseSource.parse(r.source())
                    : actor.role() == Role.GRID_WORKER ? CaseSource.GRID_PATROL : CaseSource.STAFF;
            if (CaseService.mayReport(actor.role()) && !source.mayBeChosenBy(actor.role())) {
                throw new InvalidFieldException("source", "您的角色不能上报来源为“" + source.label() + "”的案件"
                        + (source == CaseSource.PUBLIC ? "（市民上报只经公众接口 Open311 进入）" : "（12345 热线工单由坐席员登记或导入）"));
            }
            return new NewCase(r.category(), r.description(), r.urgency() == null ? Urgency.NORMAL : Urgency.parse(r.urgency()),
                    source, r.location().lon(), r.location().lat(), datum, name, phone, r.externalId(), null, r.componentCode());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
