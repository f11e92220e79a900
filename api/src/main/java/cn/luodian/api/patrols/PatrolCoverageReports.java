package cn.luodian.api.patrols;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Coverage per day and week: which of a worker's cells ({@link PatrolCellSet}) their patrols passed
 * in the period, and which they have not passed for {@code notVisitedDays} days. A visit is the time
 * a patrol first came within the buffer of the cell (a second pass in the same patrol is not counted).
 */
@Service
public class PatrolCoverageReports {
    /** Bounds the answer whatever the scope: a township has a few hundred cells, the demo district a few thousand. */
    static final int MAX_CELLS = 20_000;

    private final PatrolStore store;
    private final PatrolCellSet cellSet;
    private final UserAccounts users;
    private final PatrolSettings settings;
    private final Clock clock;

    public PatrolCoverageReports(PatrolStore store, PatrolCellSet cellSet, UserAccounts users, PatrolSettings settings,
                                 Clock clock) {
        this.store = store;
        this.cellSet = cellSet;
        this.users = users;
        this.settings = settings;
        this.clock = clock;
    }

    public CoverageReport report(String worker, String period, String date, Actor actor) {
        String who = worker == null || worker.isBlank() ? actor.username() : worker.strip();
        UserRecord user = users.find(who).filter(u -> u.role() == Role.GRID_WORKER)
                .orElseThrow(() -> new NotFoundException("没有用户名为 " + NameText.printable(who) + " 的网格员"));
        if (!Patrols.mayRead(user.username(), user.scopeCode(), actor)) {
            throw new ForbiddenException("你无权查看这位网格员的巡查覆盖：他不在你的辖区内");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), settings.zone());
        CoveragePeriod p = CoveragePeriod.parse(period, date, today, settings.zone());
        List<String> cells = cellSet.cellCodes(user.username(), user.scopeCode());
        if (cells.size() > MAX_CELLS) {
            throw new BadRequestException("该网格员负责的单元网格超过 " + MAX_CELLS + " 个，无法统计");
        }
        Map<String, Integer> passes = store.passesIn(user.username(), p.from(), p.to());
        Map<String, Instant> last = store.lastPassed(user.username(), p.to());
        Instant staleBefore = p.to().minus(Duration.ofDays(settings.notVisitedDays()));
        List<CoverageReport.CellVisit> visits = new ArrayList<>(cells.size());
        int visited = 0;
        int stale = 0;
        for (String code : cells) {
            int n = passes.getOrDefault(code, 0);
            Instant at = last.get(code);
            boolean longUnvisited = at == null || at.isBefore(staleBefore);
            visited += n > 0 ? 1 : 0;
            stale += longUnvisited ? 1 : 0;
            visits.add(new CoverageReport.CellVisit(code, n, at, longUnvisited));
        }
        return new CoverageReport(user.username(), p.kind(), p.label(), p.firstDay(), p.from(), p.to(),
                settings.notVisitedDays(), cells.size(), visited, stale, visits);
    }
}
