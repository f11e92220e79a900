package cn.luodian.api.tiles;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.hotspots.GiStarAnalysis;
import cn.luodian.api.hotspots.HotspotRequest;
import cn.luodian.api.hotspots.HotspotTable;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.hotspot.NoVariationException;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.raster.ColourRamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;

/**
 * Hotspot tiles: the Gi* confidence bins of the unit grid cells under a case filter, drawn in
 * {@link ColourRamp#giStar()}. Gi* is computed once per (filter, distance band, fdr) by the same
 * {@link GiStarAnalysis} as {@code POST /api/v1/hotspots/gi-star} (units=grid, binary weights, a
 * cell its own neighbour, over all cases: tiles are not per user) and kept until any case changes
 * or the reference layers do; tiles are drawn from it per request (a few polygons, no cache).
 */
@Service
public class HotspotTiles {
    /** The statistics are the centre's view of the whole district, not one user's jurisdiction. */
    private static final Actor TILES = Actor.system("hotspot-tiles");
    private static final ColourRamp BINS = ColourRamp.giStar();

    /** What one Gi* result depends on besides the case data; filter strings as given (already checked). */
    record Query(String category, String state, String from, String to, Boolean overdue, double distanceBandMetres,
                 boolean fdr) {
    }

    private final GiStarAnalysis giStar;
    private final ReferenceIndexHolder reference;
    private final int maxResults;
    private final Map<Query, CompletableFuture<HotspotCells>> results = new ConcurrentHashMap<>();

    public HotspotTiles(GiStarAnalysis giStar, ReferenceIndexHolder reference, OverlayTileSettings settings) {
        this.giStar = giStar;
        this.reference = reference;
        this.maxResults = settings.hotspots().cachedResults();
    }

    /** The PNG of one tile ({@link Tile#EMPTY} when no significant cell is on it). */
    Tile tile(Query query, TileAddress address, int scale, PointShift shift) {
        byte[] png = cells(query).draw(address, 256 * scale, shift, BINS);
        return png == null ? Tile.EMPTY : Tile.of(png);
    }

    /** Forgets every Gi* result (a case changed); computations under way serve only the requests waiting on them. */
    void dropResults() {
        results.clear();
    }

    /**
     * The result for the query, computed once even when a map asks for a dozen tiles at the same
     * moment: the first request computes, the others wait on its future.
     */
    private HotspotCells cells(Query query) {
        Object snapshot = reference.get();
        while (true) {
            CompletableFuture<HotspotCells> mine = new CompletableFuture<>();
            CompletableFuture<HotspotCells> known = results.putIfAbsent(query, mine);
            if (known == null) {
                if (results.size() > maxResults) {
                    results.keySet().removeIf(other -> !other.equals(query));
                }
                try {
                    HotspotCells computed = HotspotCells.of(snapshot, significantCells(query));
                    mine.complete(computed);
                    return computed;
                } catch (RuntimeException e) {
                    results.remove(query, mine);
                    mine.completeExceptionally(e);
                    throw e;
                }
            }
            HotspotCells cells;
            try {
                cells = known.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
            }
            if (cells.snapshot() == snapshot) {
                return cells;
            }
            // The reference layers (the grid) changed since: compute again.
            results.remove(query, known);
        }
    }

    private List<HotspotCells.Cell> significantCells(Query query) {
        HotspotRequest.FilterInput filter = new HotspotRequest.FilterInput(query.category(),
                query.state() == null ? null : List.of(query.state()), query.from(), query.to(), query.overdue(),
                null, null, null);
        HotspotRequest request = new HotspotRequest("grid", null, filter, null, null, null, query.distanceBandMetres(),
                null, "binary", query.fdr(), null, null, null, null, null, null, null, null, null, null, null, null, null);
        HotspotTable table;
        try {
            table = giStar.run(request, TILES);
        } catch (BadRequestException e) {
            // Every cell has the same count (no case under the filter, say): Gi* is undefined, and
            // for a map that means no hot or cold spot, not a client error. The filter and band
            // were checked before, so other refusals (a band too wide for memory) stay 400.
            if (e.getCause() instanceof NoVariationException) {
                return List.of();
            }
            throw e;
        }
        List<HotspotCells.Cell> cells = new ArrayList<>();
        for (HotspotTable.Row row : table.rows()) {
            int bin = ((Number) row.properties().get("bin")).intValue();
            if (bin != 0) {
                cells.add(new HotspotCells.Cell(row.geometry(), bin));
            }
        }
        return cells;
    }
}
