package cn.luodian.api.patrols;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.patrol.CellPass;
import cn.luodian.geo.patrol.Coverage;
import cn.luodian.geo.patrol.Track;
import cn.luodian.geo.patrol.TrackPoint;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.io.WKBWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Patrols (巡查) as the grid worker walks them: start, append positions in batches, stop (the line
 * and the cells it covered are written then), or upload a finished patrol as a GPX file. Only the
 * worker writes their own patrol; every write is one transaction with its audit entry, and a
 * refused write changes nothing.
 */
@Service
public class Patrols {
    /** Who reads the patrols of the workers in their jurisdiction (a worker always reads their own). */
    public static final Set<Role> MAY_READ_SCOPE = Set.of(Role.TOWNSHIP_STAFF, Role.SUPERVISOR, Role.ADMIN);
    /** A phone's clock may run ahead of the server's by this much. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final PatrolStore store;
    private final PatrolCoverage coverage;
    private final PatrolSettings settings;
    private final TodaysPatrolLines lines;
    private final AuditLog audit;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public Patrols(PatrolStore store, PatrolCoverage coverage, PatrolSettings settings, TodaysPatrolLines lines,
                   AuditLog audit, TransactionTemplate transactions, Clock clock) {
        this.store = store;
        this.coverage = coverage;
        this.settings = settings;
        this.lines = lines;
        this.audit = audit;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Patrol start(Actor actor) {
        requireWorker(actor, "开始巡查");
        Patrol started = transactions.execute(status -> {
            store.openLivePatrol(actor.username()).ifPresent(open -> {
                throw new ConflictException("你有一次巡查（编号 " + open + "）还没有结束，请先结束它");
            });
            long id = store.insert(actor.username(), actor.scopeCode(), PatrolSource.LIVE, clock.instant());
            audit.record(actor, "patrol.start", "patrol", Long.toString(id), Map.of());
            return store.find(id).orElseThrow();
        });
        lines.invalidate();
        return started;
    }

    /** Adds positions (already WGS-84) to the actor's own running patrol. */
    public Patrol append(long id, List<TrackPoint> positions, Actor actor) {
        requireWorker(actor, "记录巡查位置");
        if (positions.isEmpty() || positions.size() > settings.maxBatchPoints()) {
            throw new BadRequestException("每次应提交 1 到 " + settings.maxBatchPoints() + " 个位置，实为 " + positions.size() + " 个");
        }
        Patrol appended = transactions.execute(status -> {
            Patrol patrol = ownRunning(id, actor, "追加位置");
            if (patrol.pointCount() + positions.size() > Track.MAX_POINTS) {
                throw new ConflictException("一次巡查最多记录 " + Track.MAX_POINTS + " 个位置，这次巡查已有 "
                        + patrol.pointCount() + " 个；请结束它再开始新的巡查");
            }
            TrackPoint last = store.lastPoint(id).orElse(null);
            checkTimes(positions, last == null ? patrol.startedAt().minus(CLOCK_SKEW) : last.time(), patrol.startedAt(),
                    last == null ? "巡查开始的时间" : "已记录的最后一个位置");
            store.addPoints(id, patrol.pointCount(), positions);
            audit.record(actor, "patrol.append", "patrol", Long.toString(id), Map.of("points", positions.size()));
            return store.find(id).orElseThrow();
        });
        lines.invalidate();
        return appended;
    }

    /** Ends the actor's running patrol: its line, length and covered cells are written now. */
    public Patrol stop(long id, Actor actor) {
        requireWorker(actor, "结束巡查");
        Patrol stopped = transactions.execute(status -> {
            ownRunning(id, actor, "结束");
            Track track = Track.of(store.points(id));
            Instant now = clock.instant();
            Instant last = track.isEmpty() ? now : track.points().get(track.size() - 1).time();
            finish(id, track, now.isAfter(last) ? now : last, actor, "patrol.stop");
            return store.find(id).orElseThrow();
        });
        lines.invalidate();
        return stopped;
    }

    /** A finished patrol from a GPX track (WGS-84, as GPX is), begun at its first point and ended at its last. */
    public Patrol upload(Track track, Actor actor) {
        requireWorker(actor, "上传巡查轨迹");
        Instant first = track.points().get(0).time();
        checkTimes(track.points(), first, first, "轨迹的第一个点");
        Patrol uploaded = transactions.execute(status -> {
            long id = store.insert(actor.username(), actor.scopeCode(), PatrolSource.GPX, first);
            store.addPoints(id, 0, track.points());
            finish(id, track, track.points().get(track.size() - 1).time(), actor, "patrol.upload");
            return store.find(id).orElseThrow();
        });
        lines.invalidate();
        return uploaded;
    }

    public Patrol get(long id, Actor actor) {
        Patrol patrol = store.find(id).orElseThrow(() -> notFound(id));
        requireMayRead(patrol, actor);
        return patrol;
    }

    public List<CellPass> cells(long id, Actor actor) {
        get(id, actor);
        return store.cells(id);
    }

    public List<TrackPoint> points(long id, Actor actor) {
        get(id, actor);
        return store.points(id);
    }

    public List<Patrol> mine(Actor actor, Instant from, Instant to, int offset, int limit) {
        return store.byWorker(actor.username(), from, to, offset, limit);
    }

    /** The patrols of the workers within {@code scopeCode}, which must lie in the actor's jurisdiction. */
    public List<Patrol> inScope(Actor actor, String scopeCode, Instant from, Instant to, int offset, int limit) {
        if (!MAY_READ_SCOPE.contains(actor.role())) {
            throw new ForbiddenException("只有街乡镇工作人员、督办和系统管理员可以查看辖区的巡查记录");
        }
        if (!actor.covers(scopeCode)) {
            throw new ForbiddenException("区划 " + scopeCode + " 不在你的辖区内");
        }
        return store.byScope(scopeCode, from, to, offset, limit);
    }

    /** Whether the actor may see this worker's patrols: their own, or a reader whose jurisdiction holds the worker's. */
    static boolean mayRead(String worker, String workerScope, Actor actor) {
        return actor.username().equals(worker) || (MAY_READ_SCOPE.contains(actor.role()) && actor.covers(workerScope));
    }

    private void finish(long id, Track track, Instant endedAt, Actor actor, String action) {
        Coverage covered = coverage.cover(track);
        store.finish(id, endedAt, covered.lengthMetres(), covered.bufferMetres(), lineWkb(track), covered.cells());
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("points", track.size());
        detail.put("lengthMetres", Math.round(covered.lengthMetres()));
        detail.put("cells", covered.cells().size());
        audit.record(actor, action, "patrol", Long.toString(id), detail);
    }

    private Patrol ownRunning(long id, Actor actor, String what) {
        Patrol patrol = store.lock(id).orElseThrow(() -> notFound(id));
        if (!patrol.worker().equals(actor.username())) {
            throw new ForbiddenException("这是其他网格员的巡查，你不能" + what);
        }
        if (patrol.isEnded()) {
            throw new ConflictException("巡查（编号 " + id + "）已经结束，不能再" + what);
        }
        return patrol;
    }

    /** Times never before {@code notBefore}, never ahead of the server's clock, and within the patrol's longest duration. */
    private void checkTimes(List<TrackPoint> positions, Instant notBefore, Instant startedAt, String notBeforeName) {
        Instant latest = clock.instant().plus(CLOCK_SKEW);
        Instant limit = startedAt.plus(settings.maxDuration());
        Instant previous = notBefore;
        for (int i = 0; i < positions.size(); i++) {
            Instant time = positions.get(i).time();
            if (time.isBefore(previous)) {
                throw new BadRequestException("第 " + (i + 1) + " 个位置的时间 " + time + " 早于"
                        + (i == 0 ? notBeforeName : "前一个位置") + "：位置须按时间先后提交");
            }
            if (time.isAfter(latest)) {
                throw new BadRequestException("第 " + (i + 1) + " 个位置的时间 " + time + " 晚于当前时间");
            }
            if (time.isAfter(limit)) {
                throw new BadRequestException("一次巡查最长 " + settings.maxDuration().toHours() + " 小时，第 " + (i + 1)
                        + " 个位置的时间已超出");
            }
            previous = time;
        }
    }

    /** The stored line: a line string from two points, a point from one, nothing from none. */
    private static byte[] lineWkb(Track track) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
        Coordinate[] coordinates = track.points().stream().map(p -> new Coordinate(p.lon(), p.lat())).toArray(Coordinate[]::new);
        Geometry geometry = coordinates.length == 0 ? null
                : coordinates.length == 1 ? factory.createPoint(coordinates[0]) : factory.createLineString(coordinates);
        return geometry == null ? null : new WKBWriter().write(geometry);
    }

    /** Refuses anyone but a grid worker before their file is read. */
    public void requireMayUpload(Actor actor) {
        requireWorker(actor, "上传巡查轨迹");
    }

    private static void requireWorker(Actor actor, String what) {
        if (actor.role() != Role.GRID_WORKER) {
            throw new ForbiddenException("只有网格员可以" + what);
        }
    }

    private static void requireMayRead(Patrol patrol, Actor actor) {
        if (!mayRead(patrol.worker(), patrol.scopeCode(), actor)) {
            throw new ForbiddenException("你无权查看这次巡查：它不是你的，也不在你的辖区内");
        }
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("没有编号为 " + id + " 的巡查");
    }
}
