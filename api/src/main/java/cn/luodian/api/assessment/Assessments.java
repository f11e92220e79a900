package cn.luodian.api.assessment;

import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.stats.GroupRates;
import cn.luodian.api.stats.Rate;
import cn.luodian.api.stats.StatsScope;
import cn.luodian.api.stats.StatsSettings;
import cn.luodian.api.stats.TownshipRanking;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.geo.layer.AdminArea;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * The grid workers' assessment (网格员考核) for a period, per worker or per 责任网格, ranked like the
 * townships. Who may read it: the administrator, supervisors (督办) and analysts (分析研判) over their
 * jurisdiction (the district), township staff over their township, a grid worker only their own row
 * (with their place among the township's workers) and no grid ranking; dispatchers and responsible
 * units are refused (403).
 */
@Service
public class Assessments {
    static final String WORKER = "网格员";
    static final String LEADER = "网格长";

    private final AssessmentStore store;
    private final UserAccounts users;
    private final ReferenceLayers layers;
    private final StatsSettings stats;
    private final CaseSettings cases;
    private final Clock clock;

    public Assessments(AssessmentStore store, UserAccounts users, ReferenceLayers layers, StatsSettings stats,
                       CaseSettings cases, Clock clock) {
        this.store = store;
        this.users = users;
        this.layers = layers;
        this.stats = stats;
        this.cases = cases;
        this.clock = clock;
    }

    /** What one actor may see of the assessment. */
    AssessmentReport assess(Actor actor, AssessmentPeriod period, AssessmentBy by, String township) {
        String scope = scope(actor, by, township);
        Instant asOf = clock.instant();
        String prefix = scope.length() > 9 ? scope.substring(0, 9) : scope;
        StatsScope caseScope = StatsScope.ofAdminCode(scope);
        List<AssessmentRow> rows = by == AssessmentBy.WORKER ? workers(period, prefix, caseScope, asOf)
                : grids(period, prefix, caseScope, asOf);
        List<AssessmentRow> visible = actor.role() == Role.GRID_WORKER
                ? rows.stream().filter(r -> r.key().equals(actor.username())).toList() : rows;
        return new AssessmentReport(period, by, scope, asOf, stats.weights(), cases.verificationWithin(), rows.size(), visible);
    }

    /** The admin code the figures cover; refuses those who may not read them. */
    private static String scope(Actor actor, AssessmentBy by, String township) {
        switch (actor.role()) {
            case DISPATCHER, RESPONSIBLE_UNIT -> throw new ForbiddenException("网格员考核只供管理员、督办、分析研判、乡镇/街道和网格员本人查看");
            case GRID_WORKER -> {
                if (by == AssessmentBy.GRID) {
                    throw new ForbiddenException("网格员只能查看本人的考核，不能查看责任网格排名");
                }
                // A worker sees their own row, ranked among the workers of their township.
                String own = actor.scopeCode().length() > 9 ? actor.scopeCode().substring(0, 9) : actor.scopeCode();
                return township == null ? own : within(actor, township, own);
            }
            default -> {
                return township == null ? actor.scopeCode() : within(actor, township, actor.scopeCode());
            }
        }
    }

    private static String within(Actor actor, String township, String scope) {
        if (!township.startsWith(scope) && !scope.startsWith(township)) {
            throw new ForbiddenException("乡镇/街道 " + township + " 不在您的辖区内");
        }
        // A village's staff asking for their own township still see only their village.
        return township.length() >= scope.length() ? township : scope;
    }

    private List<AssessmentRow> workers(AssessmentPeriod p, String prefix, StatsScope caseScope, Instant asOf) {
        var rates = store.caseRates(AssessmentStore.By.WORKER, p.start(), p.end(), caseScope, asOf);
        var reports = store.reports(AssessmentStore.By.WORKER, p.start(), p.end(), caseScope);
        var tasks = store.verification(AssessmentStore.By.WORKER, p.start(), p.end(), caseScope, cases.verificationWithin(), asOf);
        var coverage = store.coverage(AssessmentStore.By.WORKER, p.start(), p.end(), prefix);
        Map<String, List<AssessmentStore.Assignment>> assigned = new LinkedHashMap<>();
        store.assignments(p.start(), p.end(), prefix).forEach(a -> assigned.computeIfAbsent(a.username(), k -> new ArrayList<>()).add(a));
        Set<String> keys = new TreeSet<>(assigned.keySet());
        keys.addAll(rates.keySet());
        keys.addAll(tasks.keySet());
        // A report counts for a grid worker; other people's reports marked 网格巡查 (an import, a demo) do not make rows.
        reports.keySet().stream().filter(u -> keys.contains(u)
                || users.find(u).map(UserRecord::role).orElse(null) == Role.GRID_WORKER).forEach(keys::add);
        Map<String, String> places = new HashMap<>();
        List<AssessmentRow> rows = new ArrayList<>();
        for (String username : keys) {
            List<AssessmentStore.Assignment> mine = assigned.getOrDefault(username, List.of());
            GroupRates caseRates = rates.get(username);
            String name = users.find(username).map(UserRecord::displayName)
                    .orElse(caseRates != null && caseRates.name() != null ? caseRates.name() : username);
            boolean leader = !mine.isEmpty() && mine.stream().allMatch(AssessmentStore.Assignment::leader);
            String townshipCode = mine.isEmpty() ? null : mine.get(0).townshipCode();
            List<String> gridNames = mine.stream().map(AssessmentStore.Assignment::gridName).distinct().toList();
            rows.add(row(username, name, leader ? LEADER : WORKER, townshipCode, places, gridNames, reports.get(username),
                    tasks.get(username), coverage.get(username), caseRates));
        }
        return ranked(rows);
    }

    private List<AssessmentRow> grids(AssessmentPeriod p, String prefix, StatsScope caseScope, Instant asOf) {
        var rates = store.caseRates(AssessmentStore.By.GRID, p.start(), p.end(), caseScope, asOf);
        var reports = store.reports(AssessmentStore.By.GRID, p.start(), p.end(), caseScope);
        var tasks = store.verification(AssessmentStore.By.GRID, p.start(), p.end(), caseScope, cases.verificationWithin(), asOf);
        var coverage = store.coverage(AssessmentStore.By.GRID, p.start(), p.end(), prefix);
        Map<String, List<String>> people = new HashMap<>();
        store.assignments(p.start(), p.end(), prefix).forEach(a -> people.computeIfAbsent(String.valueOf(a.gridId()),
                k -> new ArrayList<>()).add(users.find(a.username()).map(UserRecord::displayName).orElse(a.username())
                + (a.leader() ? "（" + LEADER + "）" : "")));
        Map<String, AssessmentStore.Assignment> grids = new LinkedHashMap<>();
        store.grids(p.end(), prefix).forEach(g -> grids.put(String.valueOf(g.gridId()), g));
        Set<String> ids = new LinkedHashSet<>(grids.keySet());
        ids.addAll(rates.keySet());
        Map<String, String> places = new HashMap<>();
        List<AssessmentRow> rows = new ArrayList<>();
        for (String id : ids) {
            AssessmentStore.Assignment g = grids.get(id);
            GroupRates caseRates = rates.get(id);
            // A grid outside the list (its township left the scope) still shows under the name its cases keep.
            String code = g == null ? "#" + id : g.gridCode();
            String name = g != null ? g.gridName() : caseRates.name();
            rows.add(row(code, name, null, g == null ? null : g.townshipCode(), places,
                    people.getOrDefault(id, List.of()).stream().distinct().toList(), reports.get(id), tasks.get(id),
                    coverage.get(id), caseRates == null ? null : caseRates.named(code, name)));
        }
        return ranked(rows);
    }

    private AssessmentRow row(String key, String name, String role, String townshipCode, Map<String, String> places,
                              List<String> grids, Long reports, AssessmentStore.Verification tasks,
                              AssessmentStore.Coverage coverage, GroupRates caseRates) {
        String townshipName = townshipCode == null ? null : places.computeIfAbsent(townshipCode,
                code -> layers.findAdminArea(code).map(AdminArea::name).orElse(code));
        return new AssessmentRow(0, null, key, name, role, townshipCode, townshipName, grids,
                reports == null ? 0 : reports, tasks == null ? 0 : tasks.tasks(),
                tasks == null ? Rate.NONE : new Rate(tasks.onTime(), tasks.decided()),
                coverage == null ? Rate.NONE : new Rate(coverage.visited(), coverage.cells()),
                caseRates == null ? GroupRates.empty(key, name) : caseRates.named(key, name));
    }

    /** Ranked by the townships' score over the four case rates, with the townships' tie-breaks. */
    private List<AssessmentRow> ranked(List<AssessmentRow> rows) {
        Map<String, AssessmentRow> byKey = new HashMap<>();
        rows.forEach(r -> byKey.put(r.key(), r));
        return TownshipRanking.rank(rows.stream().map(AssessmentRow::cases).toList(), stats.weights()).stream()
                .map(e -> {
                    AssessmentRow r = byKey.get(e.township().code());
                    return new AssessmentRow(e.rank(), e.score(), r.key(), r.name(), r.role(), r.townshipCode(),
                            r.townshipName(), r.grids(), r.reports(), r.tasks(), r.verification(), r.coverage(), r.cases());
                }).toList();
    }
}
