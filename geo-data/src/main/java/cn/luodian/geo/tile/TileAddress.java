package cn.luodian.geo.tile;

import java.util.ArrayList;
import java.util.List;

/**
 * One tile of the Web Mercator XYZ scheme (the slippy-map scheme Leaflet, OSM and Amap use): zoom
 * {@code z}, column {@code x} from the antimeridian eastwards, row {@code y} from the north.
 */
public record TileAddress(int z, int x, int y) {

    /** Deepest zoom served: at z22 a tile is under 10 m wide, finer than any of our data. */
    public static final int MAX_ZOOM = 22;

    public TileAddress {
        if (z < 0 || z > MAX_ZOOM) {
            throw new IllegalArgumentException("缩放级别 " + z + " 超出范围：应为 0 到 " + MAX_ZOOM);
        }
        long tilesPerSide = 1L << z;
        if (x < 0 || x >= tilesPerSide) {
            throw new IllegalArgumentException("瓦片列号 x=" + x + " 超出范围：缩放级别 " + z + " 时应为 0 到 " + (tilesPerSide - 1));
        }
        if (y < 0 || y >= tilesPerSide) {
            throw new IllegalArgumentException("瓦片行号 y=" + y + " 超出范围：缩放级别 " + z + " 时应为 0 到 " + (tilesPerSide - 1));
        }
    }

    /** Parses path segments such as "14", "13705", "6208"; the message names the bad part. */
    public static TileAddress parse(String z, String x, String y) {
        return new TileAddress(integer("缩放级别 z", z), integer("瓦片列号 x", x), integer("瓦片行号 y", y));
    }

    /** The tile at zoom {@code z} that holds a WGS-84 point (clamped to the Mercator latitude limit). */
    public static TileAddress containing(double lon, double lat, int z) {
        double tilesPerSide = 1L << z;
        int x = (int) Math.floor((lon + 180.0) / 360.0 * tilesPerSide);
        int y = (int) Math.floor((WebMercator.HALF_WORLD_METRES - WebMercator.yMetres(lat))
                / WebMercator.tileSizeMetres(z));
        int max = (int) tilesPerSide - 1;
        return new TileAddress(z, clamp(x, max), clamp(y, max));
    }

    /**
     * The tiles at zoom {@code z} whose square grown by {@code marginFraction} of a tile side on
     * every side holds the WGS-84 point: the tile containing it, and its neighbours when the point
     * lies within the margin of their edge (tiles drawn with a buffer show it too).
     */
    public static List<TileAddress> around(double lon, double lat, int z, double marginFraction) {
        double size = WebMercator.tileSizeMetres(z);
        double margin = marginFraction * size;
        double fromWest = WebMercator.xMetres(lon) + WebMercator.HALF_WORLD_METRES;
        double fromNorth = WebMercator.HALF_WORLD_METRES - WebMercator.yMetres(lat);
        int max = (int) ((1L << z) - 1);
        List<TileAddress> tiles = new ArrayList<>(4);
        int lastY = clamp((int) Math.floor((fromNorth + margin) / size), max);
        int lastX = clamp((int) Math.floor((fromWest + margin) / size), max);
        for (int y = clamp((int) Math.floor((fromNorth - margin) / size), max); y <= lastY; y++) {
            for (int x = clamp((int) Math.floor((fromWest - margin) / size), max); x <= lastX; x++) {
                tiles.add(new TileAddress(z, x, y));
            }
        }
        return tiles;
    }

    /** The tile one zoom out that holds this one. */
    public TileAddress parent() {
        if (z == 0) {
            throw new IllegalStateException("zoom 0 has no parent");
        }
        return new TileAddress(z - 1, x >> 1, y >> 1);
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }

    private static int integer(String what, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw new IllegalArgumentException(what + " 的值 '" + text + "' 不是整数");
        }
    }

    private static int clamp(int value, int max) {
        return Math.max(0, Math.min(max, value));
    }
}
