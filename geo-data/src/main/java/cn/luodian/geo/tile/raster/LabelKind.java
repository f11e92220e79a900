package cn.luodian.geo.tile.raster;

import cn.luodian.geo.tile.TileAddress;
import java.awt.Color;

/**
 * The kinds of label on the base map, most important first: where two would overlap, the earlier
 * kind wins. Each has the zooms it shows at, its size in 1x pixels and its colour.
 */
public enum LabelKind {
    DISTRICT(8, 10, 17f, true, BaseMapStyle.ADMIN_LABEL, false),
    TOWNSHIP(10, 13, 14f, true, BaseMapStyle.ADMIN_LABEL, false),
    /** Rivers and canals, written along the line. */
    MAJOR_WATERWAY(11, TileAddress.MAX_ZOOM, 12f, false, BaseMapStyle.WATER_LABEL, true),
    /** Motorway to secondary, written along the line. */
    MAJOR_ROAD(13, TileAddress.MAX_ZOOM, 12f, false, BaseMapStyle.ROAD_LABEL, true),
    VILLAGE(13, TileAddress.MAX_ZOOM, 12f, false, BaseMapStyle.VILLAGE_LABEL, false),
    WATER_AREA(13, TileAddress.MAX_ZOOM, 12f, false, BaseMapStyle.WATER_LABEL, false),
    MINOR_WATERWAY(14, TileAddress.MAX_ZOOM, 11f, false, BaseMapStyle.WATER_LABEL, true),
    MINOR_ROAD(15, TileAddress.MAX_ZOOM, 11f, false, BaseMapStyle.ROAD_LABEL, true),
    LANDMARK(16, TileAddress.MAX_ZOOM, 11f, false, BaseMapStyle.LANDMARK_LABEL, false);

    private final int minZoom;
    private final int maxZoom;
    private final float sizePixels;
    private final boolean bold;
    private final Color colour;
    private final boolean alongLine;

    LabelKind(int minZoom, int maxZoom, float sizePixels, boolean bold, Color colour, boolean alongLine) {
        this.minZoom = minZoom;
        this.maxZoom = maxZoom;
        this.sizePixels = sizePixels;
        this.bold = bold;
        this.colour = colour;
        this.alongLine = alongLine;
    }

    public boolean showsAt(int z) {
        return z >= minZoom && z <= maxZoom;
    }

    public float sizePixels() {
        return sizePixels;
    }

    public boolean bold() {
        return bold;
    }

    public Color colour() {
        return colour;
    }

    /** Written along its line (roads, waterways) rather than level at a point (areas). */
    public boolean alongLine() {
        return alongLine;
    }

    /** The lowest zoom any label shows at. */
    static int lowestZoom() {
        return DISTRICT.minZoom;
    }
}
