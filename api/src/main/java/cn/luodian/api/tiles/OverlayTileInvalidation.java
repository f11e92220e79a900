package cn.luodian.api.tiles;

import cn.luodian.api.cases.CaseChanged;
import cn.luodian.api.cases.CasesMarkedOverdue;
import cn.luodian.api.cases.CityCase;
import cn.luodian.geo.crs.ChinaOffsets;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.WebMercator;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Keeps the heat and hotspot tiles current when cases change, as {@link CaseTileInvalidation}
 * does for the vector {@code cases} layer (and after {@link CasePointIndex} took the change):
 * a changed case evicts the cached heat tiles its kernel reaches, at its old and new position, in
 * both frames; the Gi* results behind the hotspot tiles are dropped on any case change, since one
 * case changes the statistics of every cell (the mean and spread are global).
 */
@Component
public class OverlayTileInvalidation {
    private final TileCache cache;
    private final HotspotTiles hotspots;

    public OverlayTileInvalidation(TileCache cache, HotspotTiles hotspots) {
        this.cache = cache;
        this.hotspots = hotspots;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(2)
    public void caseChanged(CaseChanged change) {
        hotspots.dropResults();
        List<CityCase> positions = new ArrayList<>();
        if (change.before() != null) {
            positions.add(change.before());
        }
        positions.add(change.after());
        cache.evictIf(key -> HeatTiles.isHeat(key) && positions.stream().anyMatch(c -> reaches(key, c.lon(), c.lat())));
    }

    /** Rare (the clock check) and possibly many cases: every heat tile goes. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    @Order(2)
    public void casesMarkedOverdue(CasesMarkedOverdue marked) {
        hotspots.dropResults();
        cache.evictIf(HeatTiles::isHeat);
    }

    private static boolean reaches(TileKey key, double lon, double lat) {
        if (key.shift() == PointShift.GCJ02) {
            Coordinate gcj = ChinaOffsets.wgs84ToGcj02(lon, lat);
            lon = gcj.x;
            lat = gcj.y;
        }
        return HeatTiles.reaches(key, WebMercator.xMetres(lon), WebMercator.yMetres(lat));
    }
}
