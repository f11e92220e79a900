package cn.luodian.api.cases;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.clocks.ClockSettings;
import cn.luodian.api.clocks.Deadlines;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.responsibility.ResponsibilityGrids;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TextFields;
import cn.luodian.geo.describe.Description;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reporting and reading cases. Every write is one transaction: the case row, its history event and
 * whatever else changes commit together, or nothing does. Transitions are in {@link CaseTransitions}.
 */
@Service
public class CaseService {
    public static final int MAX_DESCRIPTION = 4000;
    /** The stored columns' lengths (V2): what passes here fits on H2 and PostgreSQL. */
    public static final int MAX_EXTERNAL_ID = 100;
    public static final int MAX_REPORTER_NAME = 100;
    public static final int MAX_REPORTER_PHONE = 40;

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final Taxonomy categories;
    private final ReferenceIndexHolder reference;
    private final ClockSettings clocks;
    private final CaseSettings settings;
    private final DuplicateFinder duplicates;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final ResponsibilityGrids grids;
    private final GridWorkerCells workerCells;
    private final CaseComponents caseComponents;

    public CaseService(CaseRepository cases, CaseEventRepository events, Taxonomy categories,
                       ReferenceIndexHolder reference, ClockSettings clocks, CaseSettings settings,
                       DuplicateFinder duplicates, Clock clock, TransactionTemplate transactions, AuditLog audit,
                       ApplicationEventPublisher publisher, ResponsibilityGrids grids, GridWorkerCells workerCells,
                       CaseComponents caseComponents) {
        this.caseComponents = caseComponents;
        this.grids = grids;
        this.workerCells = workerCells;
        this.cases = cases;
        this.events = events;
        this.categories = categories;
        this.reference = reference;
        this.clocks = clocks;
        this.settings = settings;
        this.duplicates = duplicates;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
        this.publisher = publisher;
    }

    /** A new case, or the existing one when its external id was seen before (then {@code created} is false). */
    public record Created(CityCase value, boolean created, DuplicateCandidates duplicates) {

        /** The nearest duplicate hints (at most {@code duplicates-shown}). */
        public List<CityCase> duplicateCandidates() {
            return duplicates.cases();
        }
    }

    /**
     * A report that passed every check and was described: the case as it will be stored (without
     * its number), or the case already stored under the report's external id.
     */
    public record Checked(CityCase draft, CityCase existing) {
    }

    public Created create(NewCase input, Actor actor) {
        Checked checked = check(input, actor);
        if (checked.existing() != null) {
            return new Created(checked.existing(), false, DuplicateCandidates.NONE);
        }
        CityCase stored = transactions.execute(status -> {
            CityCase draft = checked.draft();
            LocalDate day = day(draft);
            return cases.find(insert(draft, number(day, cases.nextNumber(day)), actor)).orElseThrow();
        });
        return new Created(stored, true, duplicates.candidates(stored));
    }

    /**
     * Checks and describes a report without storing anything; BadRequestException or
     * ForbiddenException say why it cannot be a case.
     */
    public Checked check(NewCase input, Actor actor) {
        requireMayReport(actor);
        if (input.categoryCode() == null || categories.find(input.categoryCode()).isEmpty()) {
            throw new BadRequestException("没有小类 '" + input.categoryCode() + "'：请从分类标准中选择");
        }
        requireDescription(input);
        if (input.externalId() != null) {
            var existing = cases.findByExternalId(input.source(), input.externalId());
            if (existing.isPresent()) {
                if (!CaseAccess.canSee(actor, existing.get(), workerCells.of(actor))) {
                    // Neither its number nor its place: only that the outside system's id is taken.
                    throw new ConflictException("该外部编号已被另一个案件使用");
                }
                return new Checked(null, existing.get());
            }
        }
        return new Checked(draft(input, actor), null);
    }

    /**
     * Like {@link #check}, for a bulk import that took the category from the taxonomy and found no
     * case under the report's external id itself: two database reads a row fewer.
     */
    public CityCase checkNew(NewCase input, Actor actor) {
        requireMayReport(actor);
        requireDescription(input);
        return draft(input, actor);
    }

    /** Whether this role may report cases at all (a unit and a planner may not: 403). */
    static boolean mayReport(Role role) {
        return role != Role.RESPONSIBLE_UNIT && role != Role.PLANNER;
    }

    private static void requireMayReport(Actor actor) {
        if (!mayReport(actor.role())) {
            throw new ForbiddenException("您的角色不能上报案件");
        }
    }

    /**
     * The report's texts once more, whoever sends it (the API, Open311, a hotline row, an import):
     * each edge checks them first under its own field names; this is the floor under all of them.
     */
    private void requireDescription(NewCase input) {
        TextFields.text("description", input.description(), MAX_DESCRIPTION);
        TextFields.line("externalId", input.externalId(), MAX_EXTERNAL_ID);
        TextFields.line("reporterName", input.reporterName(), MAX_REPORTER_NAME);
        TextFields.line("reporterPhone", input.reporterPhone(), MAX_REPORTER_PHONE);
        if (input.description() == null || input.description().isBlank()) {
            throw new BadRequestException("问题描述为空");
        }
        if (input.description().length() > MAX_DESCRIPTION) {
            throw new BadRequestException("问题描述有 " + input.description().length() + " 个字符，最多 " + MAX_DESCRIPTION + " 个");
        }
    }

    /** The case a checked report becomes: placed, described and clocked, not yet numbered or stored. */
    private CityCase draft(NewCase input, Actor actor) {
        Coordinate point = Coordinates.toWgs84(input.lon(), input.lat(), input.datum());
        Description place = reference.get().describer().describe(point.x, point.y);
        if (place.coverage() != Description.Coverage.INSIDE) {
            throw new BadRequestException("位置 " + input.lon() + ", " + input.lat() + "（" + input.datum().parameterName() + "）不在本区的数据范围内：没有辖区可以受理");
        }
        Instant now = clock.instant();
        Instant received = input.receivedAt() == null ? now : input.receivedAt();
        Deadlines deadlines = Deadlines.of(clocks, input.categoryCode(), input.urgency());
        CityCase draft = new CityCase(0, null, input.source(), input.externalId(), input.categoryCode(),
                input.description().strip(), input.urgency(), CaseState.RECEIVED, point.x, point.y, place.text(),
                code(place.district()), code(place.township()), name(place.township()), code(place.village()),
                name(place.village()), place.gridCellCode(), blankToNull(input.reporterName()),
                blankToNull(input.reporterPhone()), null, null, 0, null, received, null, null, null, null, null,
                received.plus(deadlines.dispatchWithin()), null,
                deadlines.feedbackWithin() == null ? null : received.plus(deadlines.feedbackWithin()),
                received.plus(deadlines.resolveWithin()), false, actor.username(), now, 0,
                // The grid worker on duty in the cell now: the case keeps them when the cell is reassigned later.
                grids.dutyAt(place.gridCellCode()).orElse(null),
                caseComponents.checkedCode(input.componentCode(), input.categoryCode(), point.x, point.y));
        CaseAccess.requireSee(actor, draft, workerCells.of(actor));
        return draft;
    }

    /**
     * Stores checked drafts in one transaction, numbered in their order: every case with its
     * history event and audit entry, or none of them (an external id stored meanwhile by someone
     * else fails the whole call with a DuplicateKeyException). For bulk imports, where one commit
     * per case would cost more than everything else together.
     */
    public void storeAll(List<CityCase> drafts, Actor actor) {
        transactions.executeWithoutResult(status -> {
            Map<LocalDate, Integer> counts = new HashMap<>();
            drafts.forEach(draft -> counts.merge(day(draft), 1, Integer::sum));
            Map<LocalDate, Integer> next = new HashMap<>();
            counts.forEach((day, count) -> next.put(day, cases.nextNumbers(day, count)));
            List<CityCase> numbered = new ArrayList<>(drafts.size());
            for (CityCase draft : drafts) {
                LocalDate day = day(draft);
                int sequence = next.merge(day, 1, Integer::sum) - 1;
                numbered.add(draft.toBuilder().number(number(day, sequence)).build());
            }
            // One JDBC batch each for the cases, their first events and their audit entries.
            List<Long> ids = cases.insertAll(numbered);
            List<CaseEventRepository.NewEvent> created = new ArrayList<>(ids.size());
            Map<String, Map<String, Object>> audited = new LinkedHashMap<>();
            for (int i = 0; i < ids.size(); i++) {
                created.add(createdEvent(ids.get(i), numbered.get(i), actor));
                audited.put(String.valueOf(ids.get(i)), createdDetail(numbered.get(i)));
            }
            events.appendAll(created);
            audit.recordAll(actor, "case.create", "case", audited);
            for (int i = 0; i < ids.size(); i++) {
                publisher.publishEvent(new CaseChanged(null, numbered.get(i).toBuilder().id(ids.get(i)).build()));
            }
        });
    }

    /** Inserts a numbered case with its creation event and audit entry, in the caller's transaction; its id. */
    private long insert(CityCase draft, String number, Actor actor) {
        CityCase numbered = draft.toBuilder().number(number).build();
        long id = cases.insert(numbered);
        events.appendAll(List.of(createdEvent(id, numbered, actor)));
        audit.record(actor, "case.create", "case", String.valueOf(id), createdDetail(numbered));
        // Acted on after commit (the in-memory case points and their tiles), never for a rollback.
        publisher.publishEvent(new CaseChanged(null, numbered.toBuilder().id(id).build()));
        return id;
    }

    private static CaseEventRepository.NewEvent createdEvent(long id, CityCase c, Actor actor) {
        return new CaseEventRepository.NewEvent(id, "create", null, CaseState.RECEIVED, actor.username(), c.updatedAt(),
                c.source().label(), null);
    }

    private static Map<String, Object> createdDetail(CityCase c) {
        return Map.of("number", c.number(), "category", c.categoryCode(), "source", c.source().id(),
                "township", String.valueOf(c.townshipCode()));
    }

    private LocalDate day(CityCase draft) {
        return LocalDate.ofInstant(draft.receivedAt(), settings.zone());
    }

    private String number(LocalDate day, int sequence) {
        return "%s-%s-%05d".formatted(settings.numberPrefix(), day.toString().replace("-", ""), sequence);
    }

    public CityCase get(long id, Actor actor) {
        CityCase c = cases.find(id).orElseThrow(() -> CaseAccess.notFound(id));
        CaseAccess.requireSee(actor, c, workerCells.of(actor));
        return c;
    }

    /** The case with this number (TZ-20261122-00042), if the actor may see it. */
    public Optional<CityCase> findByNumber(String number, Actor actor) {
        // Not the actor's to see: empty, as for a number nobody has (404 at the controller).
        return cases.findByNumber(number).filter(c -> CaseAccess.canSee(actor, c, workerCells.of(actor)));
    }

    public List<CityCase> list(CaseFilter filter, Actor actor, int offset, int limit) {
        return cases.list(CaseAccess.scoped(filter, actor, workerCells.of(actor)), offset, limit);
    }

    public long count(CaseFilter filter, Actor actor) {
        return cases.count(CaseAccess.scoped(filter, actor, workerCells.of(actor)));
    }

    /** Cases per grid cell, village or township among those the actor may see. */
    public Map<String, Long> countBy(CasePlaceLevel column, CaseFilter filter, Actor actor) {
        return cases.countBy(column, CaseAccess.scoped(filter, actor, workerCells.of(actor)));
    }

    /** Up to {@code limit} cases the actor may see, as points without personal data, oldest first. */
    public List<CasePoint> points(CaseFilter filter, Actor actor, int limit) {
        return cases.points(CaseAccess.scoped(filter, actor, workerCells.of(actor)), limit);
    }

    /** Cases per (place, category) the actor may see, counted before and from {@code split}. */
    public List<PlaceCategoryCount> countByPlaceAndCategory(CasePlaceLevel column, CaseFilter filter, Instant split, Actor actor) {
        return cases.countByPlaceAndCategory(column, CaseAccess.scoped(filter, actor, workerCells.of(actor)), split);
    }

    /** A page of the matching cases the actor may see, and the matches counted up to {@code countUpTo} (the cost stays bounded). */
    public CaseRepository.Page page(CaseFilter filter, Actor actor, int offset, int limit, int countUpTo) {
        return cases.page(CaseAccess.scoped(filter, actor, workerCells.of(actor)), offset, limit, countUpTo);
    }

    /** The newest cases about a component the actor may see, at most {@code limit}. */
    public List<CityCase> aboutComponent(String componentCode, Actor actor, int limit) {
        var cells = workerCells.of(actor);
        // Read a few more than asked: some may be outside the actor's scope.
        return cases.aboutComponent(componentCode, limit * 4).stream()
                .filter(c -> CaseAccess.canSee(actor, c, cells)).limit(limit).toList();
    }

    public List<CaseEvent> history(long id, Actor actor) {
        get(id, actor);
        return events.list(id);
    }

    private static String code(Description.Place place) {
        return place == null ? null : place.code();
    }

    private static String name(Description.Place place) {
        return place == null ? null : place.name();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
