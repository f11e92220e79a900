package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseChanged;
import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CasesMarkedOverdue;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.system.BackgroundThread;
import cn.luodian.geo.points.CasePoint;
import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.points.CasePointTable;
import cn.luodian.geo.points.CasePoints;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import jakarta.annotation.PreDestroy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Every case as a point in memory ({@link CasePoints}: columnar, Morton-ordered), for tiles, heat
 * maps and hotspots that must look at a million cases in milliseconds. Loaded from the store on
 * first use (or when the server is ready), then kept current by the case events after their
 * transaction commits: a change goes to a small delta and tombstones its old row; past
 * {@code luodian.tiles.compact-after-changes} the delta is folded into a new base on a background
 * thread, and the changes that arrive meanwhile are replayed onto it. Readers take one immutable
 * {@link #snapshot()} per request and never wait for writers.
 */
@Component
public class CasePointIndex {
    private static final Logger LOG = LoggerFactory.getLogger(CasePointIndex.class);

    private final CaseLookup cases;
    private final int compactAfter;
    private final ExecutorService compactor = BackgroundThread.named("case-point-compaction");
    private final Object writeLock = new Object();
    private volatile CasePoints current;
    /** Changes applied while a compaction runs, replayed onto its result; null when none runs. */
    private List<UnaryOperator<CasePoints>> sinceCompactionStarted;
    /** Counts reloads: a compaction started before one is discarded. */
    private long loads;

    public CasePointIndex(CaseLookup cases, TileSettings settings) {
        this.cases = cases;
        this.compactAfter = settings.compactAfterChanges();
    }

    /** All live case points, one consistent immutable set. */
    public CasePoints snapshot() {
        CasePoints points = current;
        if (points == null) {
            synchronized (writeLock) {
                if (current == null) {
                    current = load();
                }
                points = current;
            }
        }
        return points;
    }

    /**
     * Visits the points inside {@code bboxLonLat} (WGS-84 degrees; null for everywhere) that pass
     * {@code filter}, with their position in Mercator metres in the frame of {@code shift}.
     */
    public void forEach(CaseFilter filter, Envelope bboxLonLat, PointShift shift, CasePoints.Visitor visitor) {
        Envelope window = bboxLonLat == null
                ? new Envelope(-WebMercator.HALF_WORLD_METRES, WebMercator.HALF_WORLD_METRES,
                        -WebMercator.HALF_WORLD_METRES, WebMercator.HALF_WORLD_METRES)
                : new Envelope(WebMercator.xMetres(bboxLonLat.getMinX()), WebMercator.xMetres(bboxLonLat.getMaxX()),
                        WebMercator.yMetres(bboxLonLat.getMinY()), WebMercator.yMetres(bboxLonLat.getMaxY()));
        snapshot().forEach(window, shift, pointFilter(filter), visitor);
    }

    /**
     * The part of a case-list filter the index can apply: category prefix, states, received time
     * (to the second) and overdue. Jurisdiction, unit, admin area and grid cell are not in the
     * index: a filter with any of them is refused (IllegalArgumentException).
     */
    public static CasePointFilter pointFilter(CaseFilter filter) {
        if (filter.adminCode() != null || filter.gridCellCode() != null || filter.unitId() != null
                || filter.workerCells() != null || filter.gridWorker() != null || filter.sources() != null
                || (filter.scopeCode() != null && !filter.scopeCode().isEmpty())) {
            throw new IllegalArgumentException("案件点索引只能按小类、状态、时间和超期筛选");
        }
        return new CasePointFilter(filter.categoryPrefix(),
                filter.states() == null ? null : filter.states().stream().map(CaseState::id).collect(Collectors.toSet()),
                seconds(filter.receivedFrom()), seconds(filter.receivedTo()), filter.overdue());
    }

    public static CasePoint point(CityCase c) {
        return new CasePoint(c.id(), c.lon(), c.lat(), c.categoryCode(), c.state().id(), c.urgency().id(),
                c.receivedAt().getEpochSecond(), c.overdue(), c.number());
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(0)
    public void caseChanged(CaseChanged change) {
        CasePoint point = point(change.after());
        apply(points -> points.withUpserted(List.of(point)));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(0)
    public void casesMarkedOverdue(CasesMarkedOverdue marked) {
        apply(points -> {
            List<CasePoint> changed = new ArrayList<>();
            for (long id : marked.caseIds()) {
                points.find(id).ifPresent(p -> changed.add(p.withOverdue(true)));
            }
            return points.withUpserted(changed);
        });
    }

    /** Builds the index when the server is ready, so that the first tile does not wait for it. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        if (ready.getApplicationContext() instanceof WebServerApplicationContext) {
            snapshot();
        }
    }

    /** Reads every case from the store again (after a bulk change outside the case services). */
    public void reload() {
        synchronized (writeLock) {
            current = load();
            loads++;
        }
    }

    Optional<CasePoint> find(long id) {
        return snapshot().find(id);
    }

    @PreDestroy
    void stop() {
        compactor.shutdownNow();
    }

    private void apply(UnaryOperator<CasePoints> change) {
        synchronized (writeLock) {
            // Not loaded yet: the load reads the committed change itself.
            if (current == null) {
                return;
            }
            current = change.apply(current);
            if (sinceCompactionStarted != null) {
                sinceCompactionStarted.add(change);
            } else if (current.deltaSize() > compactAfter) {
                sinceCompactionStarted = new ArrayList<>();
                CasePoints start = current;
                long loadsAtStart = loads;
                compactor.execute(() -> compact(start, loadsAtStart));
            }
        }
    }

    private void compact(CasePoints start, long loadsAtStart) {
        long began = System.nanoTime();
        CasePoints compacted = start.compacted();
        synchronized (writeLock) {
            if (loads != loadsAtStart) {
                sinceCompactionStarted = null;
                return;
            }
            for (UnaryOperator<CasePoints> change : sinceCompactionStarted) {
                compacted = change.apply(compacted);
            }
            sinceCompactionStarted = null;
            current = compacted;
        }
        LOG.info("case point index compacted: {} points in {} ms", compacted.size(), (System.nanoTime() - began) / 1_000_000);
    }

    private CasePoints load() {
        long began = System.nanoTime();
        CasePointTable.Builder builder = CasePointTable.builder();
        cases.forEachPoint(builder::add);
        CasePoints points = CasePoints.of(builder.build());
        LOG.info("case point index built: {} cases in {} ms", points.size(), (System.nanoTime() - began) / 1_000_000);
        return points;
    }

    private static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
    }
}
