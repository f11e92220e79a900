package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseChanged;
import cn.luodian.api.cases.CasesMarkedOverdue;
import cn.luodian.api.cases.CityCase;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.mvt.VectorLayers;
import cn.luodian.geo.tile.mvt.VectorTileBuilder;
import java.util.HashSet;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Evicts the cached tiles of the {@code cases} layer that show a changed case: at every zoom, the
 * tiles (with their buffer) around its old and its new position, in both frames (WGS-84 and
 * GCJ-02). Runs after {@link CasePointIndex} took the change (both after commit, in this order).
 */
@Component
public class CaseTileInvalidation {
    /** More cases than this at once (a clock run marking many overdue): drop every cases tile instead. */
    private static final int MAX_CASES_ONE_BY_ONE = 1_000;

    private final TileCache cache;
    private final CasePointIndex index;
    private final double marginFraction;

    public CaseTileInvalidation(TileCache cache, CasePointIndex index, TileSettings settings) {
        this.cache = cache;
        this.index = index;
        this.marginFraction = (double) settings.bufferUnits() / VectorTileBuilder.EXTENT;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(1)
    public void caseChanged(CaseChanged change) {
        Set<TileAddress> tiles = new HashSet<>();
        if (change.before() != null) {
            addTiles(tiles, change.before());
        }
        addTiles(tiles, change.after());
        evict(tiles);
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(1)
    public void casesMarkedOverdue(CasesMarkedOverdue marked) {
        if (marked.caseIds().size() > MAX_CASES_ONE_BY_ONE) {
            cache.evictIf(key -> key.layers().contains(VectorLayers.CASES.name()));
            return;
        }
        Set<TileAddress> tiles = new HashSet<>();
        for (long id : marked.caseIds()) {
            index.find(id).ifPresent(p -> addTiles(tiles, p.lon(), p.lat()));
        }
        evict(tiles);
    }

    private void evict(Set<TileAddress> tiles) {
        cache.evictIf(key -> tiles.contains(key.tile()) && key.layers().contains(VectorLayers.CASES.name()));
    }

    private void addTiles(Set<TileAddress> tiles, CityCase c) {
        addTiles(tiles, c.lon(), c.lat());
    }

    private void addTiles(Set<TileAddress> tiles, double lon, double lat) {
        Coordinate gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
        for (int z = 0; z <= TileAddress.MAX_ZOOM; z++) {
            tiles.addAll(TileAddress.around(lon, lat, z, marginFraction));
            tiles.addAll(TileAddress.around(gcj.x, gcj.y, z, marginFraction));
        }
    }
}
