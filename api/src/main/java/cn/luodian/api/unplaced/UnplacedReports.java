package cn.luodian.api.unplaced;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.crs.Datum;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The 待定位 list. Reports come in from the hotline import and Open311; the dispatch centre places
 * each one (the case is created at the spot picked, with the caller's words kept in its
 * description and its original receipt time, so its clocks run from when the citizen called) or
 * discards it with a reason. Every write is one transaction with its audit entry.
 */
@Service
public class UnplacedReports {
    /** Who works the list: the dispatch centre, supervisors, administrators. */
    public static final Set<Role> MAY_WORK = Set.of(Role.DISPATCHER, Role.SUPERVISOR, Role.ADMIN);
    static final int MAX_REASON = 500;
    static final int MAX_PAGE = 200;

    private final UnplacedStore store;
    private final CaseService cases;
    private final Taxonomy categories;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public UnplacedReports(UnplacedStore store, CaseService cases, Taxonomy categories, AuditLog audit,
                           TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.cases = cases;
        this.categories = categories;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Keeps a report whose words gave no single place; the one already kept under its external id
     * when there is one (importing a file again changes nothing).
     */
    public UnplacedReport record(NewUnplaced report, Actor actor) {
        if (report.reading().isPlaced()) {
            throw new IllegalStateException("a placed reading is a case, not an unplaced report");
        }
        if (categories.find(report.categoryCode()).isEmpty()) {
            throw new BadRequestException("未知的问题类别“" + report.categoryCode() + "”");
        }
        return transactions.execute(status -> {
            if (report.externalId() != null) {
                Optional<UnplacedReport> present = store.findByExternalId(report.source(), report.externalId());
                if (present.isPresent()) {
                    return present.get();
                }
            }
            Instant now = clock.instant();
            long id = store.insert(report, report.receivedAt() == null ? now : report.receivedAt(), actor.username(), now);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("words", report.reading().text());
            detail.put("reason", report.reading().reason());
            detail.put("candidates", report.reading().candidates().size());
            audit.record(actor, "unplaced_record", "unplaced_report", Long.toString(id), detail);
            return store.find(id).orElseThrow();
        });
    }

    /** The report kept under a source's own number, if any (the hotline import skips those). */
    public Optional<UnplacedReport> findByExternalId(CaseSource source, String externalId) {
        return store.findByExternalId(source, externalId);
    }

    /** Without a role check: Open311's token lookup says only whether it became a case. */
    public Optional<UnplacedReport> findForToken(long id) {
        return store.find(id);
    }

    public UnplacedReport get(long id, Actor actor) {
        requireMayWork(actor);
        return store.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的待定位记录"));
    }

    public List<UnplacedReport> list(UnplacedState state, int offset, int limit, Actor actor) {
        requireMayWork(actor);
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new BadRequestException("分页参数无效：起始位置不能小于 0，每页条数应在 1 到 " + MAX_PAGE + " 之间");
        }
        return store.list(state, offset, limit);
    }

    public long count(UnplacedState state, Actor actor) {
        requireMayWork(actor);
        return store.count(state);
    }

    /**
     * Places the report at (lon, lat) in {@code datum}: creates its case and closes the report in one
     * transaction. 409 when someone placed or discarded it first; the case checks (outside the
     * district, say) are the case's own.
     */
    public CityCase place(long id, double lon, double lat, Datum datum, Actor actor) {
        UnplacedReport report = get(id, actor);
        requireWaiting(report);
        return transactions.execute(status -> {
            String description = report.description() + "\n（来电所述位置：" + report.locationText() + "）";
            NewCase input = new NewCase(report.categoryCode(), description, report.urgency(), report.source(), lon, lat,
                    datum, report.reporterName(), report.reporterPhone(), report.externalId(), report.receivedAt());
            CaseService.Created created = cases.create(input, actor);
            if (!created.created()) {
                throw new ConflictException("来源编号 " + report.externalId() + " 已有案件 " + created.value().number());
            }
            CityCase placed = created.value();
            if (!store.close(id, UnplacedState.PLACED, placed.id(), null, actor.username(), clock.instant())) {
                throw new ConflictException("该记录已被他人处理");
            }
            audit.record(actor, "unplaced_place", "unplaced_report", Long.toString(id),
                    Map.of("case", placed.number(), "lon", placed.lon(), "lat", placed.lat()));
            return placed;
        });
    }

    /** Closes the report without a case (a prank call, a duplicate), with the reason. */
    public UnplacedReport discard(long id, String reason, Actor actor) {
        UnplacedReport report = get(id, actor);
        requireWaiting(report);
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new BadRequestException("请填写作废原因");
        }
        TextFields.line("reason", why, MAX_REASON);
        return transactions.execute(status -> {
            if (!store.close(id, UnplacedState.DISCARDED, null, why, actor.username(), clock.instant())) {
                throw new ConflictException("该记录已被他人处理");
            }
            audit.record(actor, "unplaced_discard", "unplaced_report", Long.toString(id), Map.of("reason", why));
            return store.find(id).orElseThrow();
        });
    }

    private static void requireWaiting(UnplacedReport report) {
        if (report.state() != UnplacedState.WAITING) {
            throw new ConflictException("该记录已" + report.state().label() + "，不能再处理");
        }
    }

    private static void requireMayWork(Actor actor) {
        if (!MAY_WORK.contains(actor.role())) {
            throw new ForbiddenException("只有派遣中心、督办和管理员可以处理待定位记录");
        }
    }
}
