package cn.luodian.geo.tile.raster;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WaterwayClass;
import java.awt.Color;

/**
 * The base map's cartography in one place: colours, and line widths and minimum zooms per class.
 * Calm and low in contrast, like the government GIS base maps staff know, so that case points and
 * hotspot layers drawn over it stand out. Widths are pixels of a 256-pixel tile; an {@code @2x}
 * tile multiplies them by its scale.
 */
public final class BaseMapStyle {
    /** Outside the data (beyond the district): greyer than land, so the edge of the data shows. */
    public static final Color OUTSIDE = new Color(0xE9E9E4);
    public static final Color LAND = new Color(0xF6F4EE);
    public static final Color WATER = new Color(0xAAD3F0);
    public static final Color WATER_LINE = new Color(0x8CC1E8);
    public static final Color BUILDING = new Color(0xE1DCD3);
    public static final Color BUILDING_EDGE = new Color(0xCFC8BC);
    public static final Color DISTRICT_BOUNDARY = new Color(0x9B8AA6);
    public static final Color TOWNSHIP_BOUNDARY = new Color(0xA898B2);
    public static final Color VILLAGE_BOUNDARY = new Color(0xCFC6D4);
    public static final Color ROAD_CASING = new Color(0xC9C2B6);
    public static final Color MAJOR_ROAD_CASING = new Color(0xD9A45B);
    public static final Color MOTORWAY_FILL = new Color(0xF7C873);
    public static final Color MAJOR_ROAD_FILL = new Color(0xFCE3A6);
    public static final Color ROAD_FILL = Color.WHITE;
    public static final Color TRACK = new Color(0xC2B8A6);

    public static final Color ADMIN_LABEL = new Color(0x4A4152);
    public static final Color VILLAGE_LABEL = new Color(0x6B6470);
    public static final Color ROAD_LABEL = new Color(0x4D4D4D);
    public static final Color WATER_LABEL = new Color(0x2F6EA8);
    public static final Color LANDMARK_LABEL = new Color(0x77706A);
    public static final Color HALO = new Color(0xFFFFFF);

    private BaseMapStyle() {
    }

    /** The first zoom at which a road class is drawn at all: minor roads only when zoomed in. */
    public static int minZoom(RoadClass roadClass) {
        switch (roadClass) {
            case MOTORWAY:
            case TRUNK:
                return 6;
            case PRIMARY:
                return 8;
            case SECONDARY:
                return 10;
            case TERTIARY:
                return 11;
            case UNCLASSIFIED:
            case RESIDENTIAL:
                return 13;
            case LIVING_STREET:
            case SERVICE:
                return 14;
            default:
                return 14;
        }
    }

    /** Whether a class is drawn in the "major road" colours (casing orange, fill yellow). */
    public static boolean isMajor(RoadClass roadClass) {
        return roadClass.ordinal() <= RoadClass.SECONDARY.ordinal();
    }

    /** Fill width in 1x pixels: grows with zoom, about doubling every two zoom levels past z12. */
    public static float roadWidthPixels(RoadClass roadClass, int z) {
        if (z < minZoom(roadClass)) {
            return 0;
        }
        float atZ14;
        switch (roadClass) {
            case MOTORWAY:
            case TRUNK:
                atZ14 = 7f;
                break;
            case PRIMARY:
                atZ14 = 6f;
                break;
            case SECONDARY:
                atZ14 = 5f;
                break;
            case TERTIARY:
                atZ14 = 4.5f;
                break;
            case UNCLASSIFIED:
            case RESIDENTIAL:
                atZ14 = 3f;
                break;
            case TRACK:
                atZ14 = 1.2f;
                break;
            default:
                atZ14 = 2.2f;
        }
        return (float) Math.max(0.6, Math.min(atZ14 * 3, atZ14 * Math.pow(2, (z - 14) / 2.0)));
    }

    /** Casing on both sides, in 1x pixels; none at low zoom where roads are thin strokes. */
    public static float casingPixels(RoadClass roadClass, int z) {
        if (roadClass == RoadClass.TRACK || z < 11) {
            return 0;
        }
        return z >= 15 ? 1.2f : 0.8f;
    }

    public static Color roadFill(RoadClass roadClass) {
        if (roadClass == RoadClass.MOTORWAY || roadClass == RoadClass.TRUNK) {
            return MOTORWAY_FILL;
        }
        if (roadClass == RoadClass.TRACK) {
            return TRACK;
        }
        return isMajor(roadClass) ? MAJOR_ROAD_FILL : ROAD_FILL;
    }

    public static Color roadCasing(RoadClass roadClass) {
        return isMajor(roadClass) ? MAJOR_ROAD_CASING : ROAD_CASING;
    }

    /** Line width of a waterway in 1x pixels, 0 while it is too small to show. */
    public static float waterLineWidthPixels(WaterwayClass waterwayClass, int z) {
        switch (waterwayClass) {
            case RIVER:
            case CANAL:
                return z < 8 ? 0 : (float) Math.max(1.0, Math.min(12, 2.5 * Math.pow(2, (z - 13) / 2.0)));
            case STREAM:
                return z < 11 ? 0 : (float) Math.max(0.8, Math.min(6, 1.5 * Math.pow(2, (z - 14) / 2.0)));
            default:
                return z < 13 ? 0 : (float) Math.max(0.7, Math.min(4, 1.0 * Math.pow(2, (z - 15) / 2.0)));
        }
    }

    /** Boundary stroke width in 1x pixels, 0 where the level is not drawn. */
    public static float boundaryWidthPixels(AdminLevel level, int z) {
        switch (level) {
            case DISTRICT:
                return z < 6 ? 0 : (z < 11 ? 1.6f : 2.4f);
            case TOWNSHIP:
                return z < 10 ? 0 : (z < 13 ? 1.0f : 1.4f);
            default:
                return z < 12 ? 0 : 0.8f;
        }
    }

    /** Dash pattern in 1x pixels, or null for a solid line: townships dashed, the others solid. */
    public static float[] boundaryDash(AdminLevel level) {
        return level == AdminLevel.TOWNSHIP ? new float[] {6f, 3f} : null;
    }

    public static Color boundaryColour(AdminLevel level) {
        switch (level) {
            case DISTRICT:
                return DISTRICT_BOUNDARY;
            case TOWNSHIP:
                return TOWNSHIP_BOUNDARY;
            default:
                return VILLAGE_BOUNDARY;
        }
    }

    /** Building footprints (landmark polygons) appear from this zoom. */
    public static final int BUILDINGS_MIN_ZOOM = 15;
    /** Water areas are filled from this zoom; below it they are smaller than a pixel anyway. */
    public static final int WATER_AREAS_MIN_ZOOM = 8;
}
