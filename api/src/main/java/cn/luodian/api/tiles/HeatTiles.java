package cn.luodian.api.tiles;

import cn.luodian.geo.points.CasePointFilter;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.raster.HeatRaster;
import cn.luodian.geo.tile.raster.HeatTileImage;
import cn.luodian.geo.tile.raster.PngTiles;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.springframework.stereotype.Service;

/**
 * Heat tiles: kernel density of the filtered case points, from the in-memory {@link CasePointIndex}
 * (no database work), kept in the shared {@link TileCache} next to the vector tiles. The cache key
 * is a {@link TileKey} whose layer list is {@code ["heat", "<bandwidth>m", "<max>/km2", "@<scale>x"]},
 * so {@link #isHeat} and {@link #bandwidthMetres} can read a key back for invalidation.
 */
@Service
public class HeatTiles {
    static final String LAYER = "heat";

    private final TileCache cache;
    private final CasePointIndex cases;

    public HeatTiles(TileCache cache, CasePointIndex cases) {
        this.cache = cache;
        this.cases = cases;
    }

    /** The PNG of one heat tile, or {@link Tile#EMPTY} when no case is within the tile and the bandwidth. */
    Tile tile(TileAddress address, int scale, PointShift shift, CasePointFilter filter, double bandwidthMetres,
                    double maxDensityPerKm2) {
        TileKey key = new TileKey(List.of(LAYER, bandwidthMetres + "m", maxDensityPerKm2 + "/km2", "@" + scale + "x"),
                address, shift, filter);
        return cache.getOrBuild(key,
                () -> Tile.of(render(address, 256 * scale, shift, filter, bandwidthMetres, maxDensityPerKm2)));
    }

    private byte[] render(TileAddress address, int sizePixels, PointShift shift, CasePointFilter filter,
                          double bandwidthMetres, double maxDensityPerKm2) {
        HeatRaster raster = HeatRaster.forTile(address, sizePixels, bandwidthMetres);
        cases.snapshot().forEach(raster.windowMetres(), shift, filter, (table, row, x, y) -> raster.add(x, y));
        if (raster.isEmpty()) {
            return new byte[0];
        }
        return PngTiles.encode(HeatTileImage.render(raster.densityPerKm2(), sizePixels, maxDensityPerKm2));
    }

    static boolean isHeat(TileKey key) {
        return !key.layers().isEmpty() && key.layers().get(0).equals(LAYER);
    }

    static double bandwidthMetres(TileKey key) {
        String bandwidth = key.layers().get(1);
        return Double.parseDouble(bandwidth.substring(0, bandwidth.length() - 1));
    }

    /**
     * Whether a case at these Mercator metres (in the key's frame) can colour the key's tile: inside
     * the tile grown by the kernel radius plus the raster's cell rounding (two cells of at most
     * radius / 8, or of one pixel when the kernel is small), with room to spare.
     */
    static boolean reaches(TileKey key, double xMetres, double yMetres) {
        Envelope bounds = WebMercator.bounds(key.tile());
        double radius = bandwidthMetres(key) * WebMercator.scaleAt(WebMercator.lat(bounds.centre().y));
        bounds.expandBy(radius * 1.25 + 3 * WebMercator.tileSizeMetres(key.tile().z()) / 256);
        return bounds.contains(xMetres, yMetres);
    }
}
