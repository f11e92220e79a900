package cn.luodian.api.cases;

import cn.luodian.api.clocks.ClockSettings;
import cn.luodian.api.clocks.Deadlines;
import cn.luodian.api.clocks.SupervisionKind;
import cn.luodian.api.clocks.Supervisions;
import cn.luodian.api.dispatch.DispatchChoice;
import cn.luodian.api.dispatch.Dispatcher;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TextFields;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves cases through {@link Workflow}: checks that the action is legal from the current state
 * (409), that the actor's role may take it and the case is theirs (403), applies the change, records
 * the history event and settles the supervision records the step answers — in one transaction.
 */
@Service
public class CaseTransitions {
    static final String SMART_DISPATCH = "智能派单";
    /** A step's note: the history column (V2 case_event.note); a 督办's note also goes into supervision.note (500). */
    static final int MAX_NOTE = 2000;
    static final int MAX_SUPERVISION_NOTE = 500;
    /** Who closes a case when its grid worker's 核查 passed (luodian.cases.close-after-verification). */
    static final String CLOSED_ON_VERIFICATION = "核查通过";

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final Supervisions supervisions;
    private final Dispatcher dispatcher;
    private final ResponsibleUnits units;
    private final ClockSettings clocks;
    private final CaseSettings settings;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final ApplicationEventPublisher publisher;
    private final GridWorkerCells workerCells;
    private final VerificationPhotos verificationPhotos;
    private final CaseComponents caseComponents;

    public CaseTransitions(CaseRepository cases, CaseEventRepository events, Supervisions supervisions,
                           Dispatcher dispatcher, ResponsibleUnits units, ClockSettings clocks, CaseSettings settings,
                           Clock clock, TransactionTemplate transactions, AuditLog audit,
                           ApplicationEventPublisher publisher, GridWorkerCells workerCells,
                           VerificationPhotos verificationPhotos, CaseComponents caseComponents) {
        this.caseComponents = caseComponents;
        this.workerCells = workerCells;
        this.verificationPhotos = verificationPhotos;
        this.cases = cases;
        this.events = events;
        this.supervisions = supervisions;
        this.dispatcher = dispatcher;
        this.units = units;
        this.clocks = clocks;
        this.settings = settings;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
        this.publisher = publisher;
    }

    public CityCase apply(long caseId, TransitionRequest request, Actor actor) {
        if (request.action() == null) {
            throw new BadRequestException("缺少要执行的操作");
        }
        return transactions.execute(status -> {
            CityCase current = cases.find(caseId).orElseThrow(() -> CaseAccess.notFound(caseId));
            CaseAccess.requireSee(actor, current, workerCells.of(actor));
            CityCase next = step(current, request, actor);
            if (request.action() == CaseAction.REGISTER && settings.autoDispatch()) {
                next = step(next, new TransitionRequest(CaseAction.DISPATCH, SMART_DISPATCH, null, null, null),
                        Actor.system(SMART_DISPATCH));
            }
            if (request.action() == CaseAction.VERIFY && actor.role() == Role.GRID_WORKER && settings.closeAfterVerification()) {
                next = step(next, new TransitionRequest(CaseAction.CLOSE, "网格员现场核查通过，自动结案", null, null, null),
                        Actor.system(CLOSED_ON_VERIFICATION));
            }
            return next;
        });
    }

    private CityCase step(CityCase current, TransitionRequest request, Actor actor) {
        CaseAction action = request.action();
        Workflow.Transition transition = Workflow.find(action, current.state()).orElseThrow(() -> new ConflictException(
                "案件 " + current.number() + " 处于“" + current.state().label() + "”状态，不能" + action.label()));
        if (!transition.roles().contains(actor.role()) && actor.role() != Role.ADMIN) {
            throw new ForbiddenException("您的角色不能" + action.label());
        }
        if (actor.role() == Role.TOWNSHIP_STAFF && isHandling(action) && !isHomeUnit(current, actor)) {
            throw new ForbiddenException("案件 " + current.number() + " 已派遣给其他责任单位，不由乡镇/街道处置");
        }
        if (actor.role() == Role.GRID_WORKER) {
            requireTheCasesVerifier(current, action, actor);
        }
        Instant now = clock.instant();
        Deadlines deadlines = Deadlines.of(clocks, current.categoryCode(), current.urgency());
        Long unitId = switch (action) {
            case DISPATCH, REDISPATCH -> unitFor(current, request).id();
            default -> current.unitId();
        };
        TextFields.text("note", request.note(), action == CaseAction.SUPERVISE ? MAX_SUPERVISION_NOTE : MAX_NOTE);
        if ((action == CaseAction.RETURN || action == CaseAction.REJECT || action == CaseAction.REJECT_REPLY)
                && (request.note() == null || request.note().isBlank())) {
            throw new BadRequestException(action.label() + "需要填写理由");
        }
        if (action == CaseAction.RATE && request.satisfaction() == null) {
            throw new BadRequestException("回访评价需要满意度：满意、基本满意或不满意");
        }
        CityCase next = CaseChanges.apply(current, action, transition.to(), request, unitId, now, deadlines);
        if (action == CaseAction.MERGE) {
            next = merge(current, request, now);
        }
        if (!cases.update(next)) {
            throw new ConflictException("案件 " + current.number() + " 已被他人修改：请刷新后重试");
        }
        events.append(current.id(), action.id(), current.state(), next.state(), actor.username(), now, request.note(), unitId);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("number", current.number());
        detail.put("from", current.state().id());
        detail.put("to", next.state().id());
        detail.put("unitId", unitId);
        detail.put("note", request.note());
        audit.record(actor, "case." + action.id(), "case", String.valueOf(current.id()), detail);
        settleSupervisions(current.id(), action, actor, now, request.note());
        caseComponents.afterStep(next, action, CaseComponents.checkedStatus(request.componentStatus()), actor);
        CityCase stored = cases.find(current.id()).orElseThrow();
        publisher.publishEvent(new CaseChanged(current, stored));
        return stored;
    }

    /** A grid worker verifies only the cases placed with them, and 核查通过 only with a photo taken on site. */
    private void requireTheCasesVerifier(CityCase current, CaseAction action, Actor actor) {
        if (!CaseAccess.isTheCasesWorker(actor, current)) {
            throw new ForbiddenException("案件 " + current.number() + " 的核查不由您负责"
                    + (current.gridDuty() == null ? "" : "（责任网格员：" + current.gridDuty().workerName() + "）"));
        }
        if (action == CaseAction.VERIFY && (current.reportedDoneAt() == null
                || !verificationPhotos.hasAfterPhotoBy(current.id(), actor.username(), current.reportedDoneAt()))) {
            throw new BadRequestException("核查通过前，请先在现场拍摄并上传处置后照片");
        }
    }

    private static boolean isHandling(CaseAction action) {
        return action == CaseAction.ACCEPT || action == CaseAction.RETURN || action == CaseAction.REPLY;
    }

    private boolean isHomeUnit(CityCase c, Actor actor) {
        return c.unitId() != null && units.findUnit(c.unitId())
                .map(u -> u.townshipCode() != null && actor.covers(u.townshipCode())).orElse(false);
    }

    private ResponsibleUnit unitFor(CityCase c, TransitionRequest request) {
        if (request.unitId() != null) {
            ResponsibleUnit unit = units.findUnit(request.unitId())
                    .orElseThrow(() -> new BadRequestException("没有这个责任单位（编号 " + request.unitId() + "）"));
            if (!unit.enabled()) {
                // Disabled by the administrator (停用): keeps its cases, receives no new ones.
                throw new BadRequestException("责任单位“" + unit.name() + "”已停用，请选择其他单位");
            }
            return unit;
        }
        return suggestedUnit(c)
                .orElseThrow(() -> new ConflictException("案件 " + c.number() + " 没有适用的派遣规则，也没有属地单位：请指定责任单位"));
    }

    private CityCase merge(CityCase duplicate, TransitionRequest request, Instant now) {
        if (request.mergeInto() == null || request.mergeInto() == duplicate.id()) {
            throw new BadRequestException("合并需要指明并入哪个案件（与本案重复的案件）");
        }
        CityCase target = cases.find(request.mergeInto())
                .orElseThrow(() -> new BadRequestException("要并入的案件不存在（内部编号 " + request.mergeInto() + "）"));
        if (!target.state().isOpen()) {
            throw new ConflictException("案件 " + target.number() + " 已是“" + target.state().label() + "”：只能并入未办结的案件");
        }
        if (!cases.update(target.toBuilder().mergedCount(target.mergedCount() + 1 + duplicate.mergedCount()).updatedAt(now).build())) {
            throw new ConflictException("案件 " + target.number() + " 已被他人修改：请重试");
        }
        return duplicate.toBuilder().state(CaseState.MERGED).mergedInto(target.id()).updatedAt(now).build();
    }

    /** A step answers the supervision records that chased it; SUPERVISE creates one. */
    private void settleSupervisions(long caseId, CaseAction action, Actor actor, Instant now, String note) {
        Set<SupervisionKind> answered = switch (action) {
            case DISPATCH, REDISPATCH, REJECT -> EnumSet.of(SupervisionKind.DISPATCH_OVERDUE);
            case ACCEPT -> EnumSet.of(SupervisionKind.RESPONSE_OVERDUE, SupervisionKind.ESCALATION);
            case REPLY, RECTIFY -> EnumSet.of(SupervisionKind.FEEDBACK_OVERDUE, SupervisionKind.RESPONSE_OVERDUE,
                    SupervisionKind.ESCALATION);
            case CLOSE, MERGE, WRITE_OFF -> EnumSet.allOf(SupervisionKind.class);
            default -> EnumSet.noneOf(SupervisionKind.class);
        };
        supervisions.resolve(caseId, answered, now);
        if (action == CaseAction.SUPERVISE) {
            supervisions.insert(caseId, SupervisionKind.MANUAL, 1, actor.username(), now, note);
        }
    }

    /** The unit the dispatch rules choose for the case (most specific rule, else its township's home unit). */
    public Optional<ResponsibleUnit> suggestedUnit(CityCase c) {
        return suggestion(c).map(DispatchChoice::unit);
    }

    /** The same with why: the rule, the linked component's owner (or maintainer), or the home unit. */
    public Optional<DispatchChoice> suggestion(CityCase c) {
        return dispatcher.explain(c.categoryCode(), c.jurisdictionCode(), c.townshipCode(), caseComponents.unitNames(c));
    }
}
