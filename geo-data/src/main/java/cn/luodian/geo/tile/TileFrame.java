package cn.luodian.geo.tile;

import org.locationtech.jts.geom.Envelope;

/**
 * Maps Mercator metres onto a tile's own pixel grid of {@code extent} units a side, origin at the
 * top-left corner and y growing downwards: 4096 for vector tiles, 256 or 512 for PNG tiles.
 */
public record TileFrame(TileAddress tile, int extent, Envelope boundsMetres) {

    public TileFrame {
        if (extent <= 0) {
            throw new IllegalArgumentException("瓦片范围必须为正数，实为 " + extent);
        }
    }

    public static TileFrame of(TileAddress tile, int extent) {
        return new TileFrame(tile, extent, WebMercator.bounds(tile));
    }

    public double pixelX(double xMetres) {
        return (xMetres - boundsMetres.getMinX()) / boundsMetres.getWidth() * extent;
    }

    public double pixelY(double yMetres) {
        return (boundsMetres.getMaxY() - yMetres) / boundsMetres.getHeight() * extent;
    }

    /** Metres of Mercator plane per tile unit. */
    public double metresPerUnit() {
        return boundsMetres.getWidth() / extent;
    }

    /** The tile grown by {@code bufferUnits} on every side, for clipping with a margin. */
    public Envelope bufferedBoundsMetres(double bufferUnits) {
        Envelope grown = new Envelope(boundsMetres);
        grown.expandBy(bufferUnits * metresPerUnit());
        return grown;
    }
}
