package cn.luodian.geo.points;

import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.WebMercator;

/**
 * Z-order (Morton) keys of the XYZ tiles at {@link #KEY_ZOOM}: every tile at zoom ≤ {@code KEY_ZOOM}
 * covers one contiguous range of keys, so points sorted by key are found per tile by two binary
 * searches and a scan, with no per-point position test.
 */
public final class MortonOrder {
    /** Level-20 tiles are about 38 m wide: finer than any tile we cluster, coarse enough for a long. */
    public static final int KEY_ZOOM = 20;
    private static final long CELLS = 1L << KEY_ZOOM;
    private static final double CELL_METRES = WebMercator.tileSizeMetres(KEY_ZOOM);

    private MortonOrder() {
    }

    /** The key of the level-20 tile holding a Mercator point (clamped to the world square). */
    public static long key(double xMetres, double yMetres) {
        long column = clamp((long) Math.floor((xMetres + WebMercator.HALF_WORLD_METRES) / CELL_METRES));
        long row = clamp((long) Math.floor((WebMercator.HALF_WORLD_METRES - yMetres) / CELL_METRES));
        return interleave(column, row);
    }

    /** First key of the tile (inclusive); the tile must be at zoom ≤ {@link #KEY_ZOOM}. */
    public static long firstKey(TileAddress tile) {
        return interleave(tile.x(), tile.y()) << (2 * (KEY_ZOOM - tile.z()));
    }

    /** One past the last key of the tile. */
    public static long endKey(TileAddress tile) {
        return (interleave(tile.x(), tile.y()) + 1) << (2 * (KEY_ZOOM - tile.z()));
    }

    private static long clamp(long cell) {
        return Math.max(0, Math.min(CELLS - 1, cell));
    }

    /** Column bits on the even positions, row bits on the odd ones. */
    static long interleave(long column, long row) {
        return spread(column) | (spread(row) << 1);
    }

    private static long spread(long v) {
        v &= 0xFFFFFFFFL;
        v = (v | (v << 16)) & 0x0000FFFF0000FFFFL;
        v = (v | (v << 8)) & 0x00FF00FF00FF00FFL;
        v = (v | (v << 4)) & 0x0F0F0F0F0F0F0F0FL;
        v = (v | (v << 2)) & 0x3333333333333333L;
        v = (v | (v << 1)) & 0x5555555555555555L;
        return v;
    }
}
