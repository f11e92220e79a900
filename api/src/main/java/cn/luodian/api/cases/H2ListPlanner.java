package cn.luodian.api.cases;

import cn.luodian.api.system.BackgroundThread;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Chooses the index an H2 case list reads. H2's planner knows no value frequencies: for "closed
 * cases of one 大类 in a box" it walked every closed case and sorted the matches (0.4–3 s over
 * 1,000,000 cases) where walking the newest cases until the page is full reads a few thousand.
 * From {@link CaseListStatistics} this estimates the rows each way reads and takes the cheapest:
 * <ul>
 *   <li>{@link Mode#SORT_MATCHES}: every match through the (state, 小类) or the spatial index,
 *       sorted once; the same read gives the page and the capped count;</li>
 *   <li>{@link Mode#WALK_NEWEST}: the received-time index from the newest case down, stopping when
 *       the page is full; the capped count through whichever index reaches it soonest.</li>
 * </ul>
 * PostgreSQL plans well from its own statistics and gets {@link Mode#DEFAULT}, as does H2 while no
 * statistics exist yet or when a filter names a grid cell, a village or a unit (H2's own choice of
 * their indexes is right there). The statistics are read in the background and again when older
 * than {@link #REFRESH_AFTER}; stale figures can only make a list slower, never different.
 */
@Component
class H2ListPlanner {
    private static final Logger LOG = LoggerFactory.getLogger(H2ListPlanner.class);
    static final Duration REFRESH_AFTER = Duration.ofMinutes(10);
    static final String STATE_INDEX = "city_case_state";
    static final String RECEIVED_INDEX = "city_case_received";
    static final String SPATIAL_INDEX = "city_case_geom";
    /** A row the (state, 小类) index rejects by its own columns costs this much of a fetched row (measured: 0.4 vs 2.8 µs). */
    static final double REJECTED_IN_INDEX = 0.15;
    /** A row reached through the R-tree costs this much more than one reached through a B-tree. */
    static final double SPATIAL_FETCH = 1.5;

    enum Mode { DEFAULT, SORT_MATCHES, WALK_NEWEST }

    /** {@code listIndex}/{@code countIndex}: the index names to hint, null for H2's own choice. */
    record Plan(Mode mode, String listIndex, String countIndex) {
        static final Plan DEFAULT = new Plan(Mode.DEFAULT, null, null);
    }

    private final JdbcTemplate jdbc;
    private final boolean h2;
    private final Clock clock;
    private final ExecutorService reader = BackgroundThread.named("case-list-statistics");
    private final AtomicBoolean reading = new AtomicBoolean();
    private volatile CaseListStatistics statistics;
    private volatile Instant readAt = Instant.MIN;

    public H2ListPlanner(JdbcTemplate jdbc, DataSource dataSource, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        try (Connection connection = dataSource.getConnection()) {
            this.h2 = "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database the cases are in", e);
        }
    }

    /** The plan for a page ending at row {@code need} and a count capped at {@code countUpTo} (0: no count). */
    Plan plan(CaseFilter filter, List<String> categoryCodes, int need, int countUpTo) {
        if (!h2) {
            return Plan.DEFAULT;
        }
        CaseListStatistics stats = statistics;
        if (readAt.plus(REFRESH_AFTER).isBefore(clock.instant())) {
            refresh();
        }
        if (stats == null || stats.total() == 0 || filter.gridCellCode() != null || filter.unitId() != null
                || filter.workerCells() != null || filter.gridWorker() != null || filter.sources() != null
                || (filter.adminCode() != null && filter.adminCode().length() > 9)
                || (filter.scopeCode() != null && filter.scopeCode().length() > 9)) {
            return Plan.DEFAULT;
        }
        return choose(stats, filter, categoryCodes, need, countUpTo);
    }

    static Plan choose(CaseListStatistics stats, CaseFilter filter, List<String> categoryCodes, int need, int countUpTo) {
        double total = stats.total();
        double candidates = stats.count(filter.states(), categoryCodes);
        double inBox = total * stats.spatialShare(filter.bbox());
        double matches = Math.max(1, candidates * stats.spatialShare(filter.bbox())
                * stats.adminShare(filter.adminCode()) * stats.adminShare(filter.scopeCode()));
        // H2 looks up the (state, category_code) index by both columns for one state and a category
        // prefix (a code range on H2, CaseQueries); for several states by the states alone, testing
        // the 小类 in the index.
        boolean bothColumns = filter.states() != null && filter.states().size() == 1 && categoryCodes != null;
        double stateVisits = bothColumns ? candidates : stats.countInStates(filter.states());
        double byState = candidates + REJECTED_IN_INDEX * (stateVisits - candidates);
        double bySpace = filter.bbox() == null ? Double.MAX_VALUE : SPATIAL_FETCH * inBox;

        double sortCost = Math.min(byState, bySpace);
        double walkList = Math.min(total, need * total / matches);
        double countShare = countUpTo == 0 ? 0 : Math.min(1, countUpTo / matches);
        double countByState = byState * countShare;
        double countBySpace = bySpace * countShare;
        double countByWalk = Math.min(total, countUpTo * total / matches);
        double walkCount = Math.min(countByWalk, Math.min(countByState, countBySpace));
        if (sortCost <= walkList + walkCount) {
            return new Plan(Mode.SORT_MATCHES, byState <= bySpace ? STATE_INDEX : SPATIAL_INDEX, null);
        }
        String countIndex = walkCount == countByWalk ? RECEIVED_INDEX : walkCount == countByState ? STATE_INDEX : SPATIAL_INDEX;
        return new Plan(Mode.WALK_NEWEST, RECEIVED_INDEX, countIndex);
    }

    /** Reads the statistics when the server is ready, so that the first lists need not wait for them. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        if (h2) {
            refresh();
        }
    }

    /** Reads the statistics again in the background (at most one read at a time). */
    void refresh() {
        if (!reading.compareAndSet(false, true)) {
            return;
        }
        readAt = clock.instant();
        reader.execute(() -> {
            try {
                long began = System.nanoTime();
                statistics = CaseListStatistics.read(jdbc);
                LOG.info("case list statistics read in {} ms", (System.nanoTime() - began) / 1_000_000);
            } catch (RuntimeException e) {
                LOG.warn("case list statistics not read; lists use H2's own plans until the next try", e);
            } finally {
                reading.set(false);
            }
        });
    }

    /** Whether the cases are in H2 (else PostgreSQL). */
    boolean isH2() {
        return h2;
    }

    CaseListStatistics statistics() {
        return statistics;
    }

    /** Reads the statistics now (tests, and after bulk loads). */
    void refreshNow() {
        statistics = CaseListStatistics.read(jdbc);
        readAt = clock.instant();
    }

    @PreDestroy
    void stop() {
        reader.shutdownNow();
    }
}
