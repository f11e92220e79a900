package cn.luodian.geo.tile;

import org.locationtech.jts.geom.Envelope;

/**
 * Spherical Web Mercator (EPSG:3857), the projection of every XYZ tile. Used only to place things
 * on tiles: metric distances are measured in EPSG:4548, never here (Mercator metres are stretched by
 * 1/cos(latitude), about 1.3 in Beijing).
 */
public final class WebMercator {
    public static final double EARTH_RADIUS_METRES = 6378137.0;
    public static final double HALF_WORLD_METRES = Math.PI * EARTH_RADIUS_METRES;
    /** Beyond this latitude the square Mercator world ends. */
    public static final double MAX_LATITUDE = 85.05112877980659;

    private WebMercator() {
    }

    public static double xMetres(double lon) {
        return Math.toRadians(lon) * EARTH_RADIUS_METRES;
    }

    public static double yMetres(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        return Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamped) / 2)) * EARTH_RADIUS_METRES;
    }

    public static double lon(double xMetres) {
        return Math.toDegrees(xMetres / EARTH_RADIUS_METRES);
    }

    public static double lat(double yMetres) {
        return Math.toDegrees(2 * Math.atan(Math.exp(yMetres / EARTH_RADIUS_METRES)) - Math.PI / 2);
    }

    public static double tileSizeMetres(int z) {
        return 2 * HALF_WORLD_METRES / (1L << z);
    }

    /** The tile's square in Mercator metres. */
    public static Envelope bounds(TileAddress tile) {
        double size = tileSizeMetres(tile.z());
        double minX = -HALF_WORLD_METRES + tile.x() * size;
        double maxY = HALF_WORLD_METRES - tile.y() * size;
        return new Envelope(minX, minX + size, maxY - size, maxY);
    }

    /** The tile's rectangle in WGS-84 degrees (for bbox queries on stored geometry). */
    public static Envelope boundsLonLat(TileAddress tile) {
        Envelope m = bounds(tile);
        return new Envelope(lon(m.getMinX()), lon(m.getMaxX()), lat(m.getMinY()), lat(m.getMaxY()));
    }

    /** How many Mercator metres one ground metre spans at this latitude. */
    public static double scaleAt(double lat) {
        return 1.0 / Math.cos(Math.toRadians(lat));
    }
}
