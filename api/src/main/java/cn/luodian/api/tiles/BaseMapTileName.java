package cn.luodian.api.tiles;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.tile.TileAddress;

/**
 * The last path segment of a base-map tile, {@code {y}.png} or {@code {y}@2x.png}, parsed by hand:
 * Spring's path patterns would read "6208@2x" as the y of {@code {y}.png}, so the controller
 * matches the whole segment and leaves the scale suffix to this class.
 */
record BaseMapTileName(TileAddress tile, int scale) {
    /** {@code @2x} is what Leaflet's {r} and Mapbox clients ask for; larger scales are not served. */
    static final int MAX_SCALE = 2;
    private static final String PNG = ".png";
    private static final String RETINA = "@2x";

    /** @throws BadRequestException for a name that is not a tile, or z/x/y out of range */
    static BaseMapTileName parse(String z, String x, String file) {
        if (!file.endsWith(PNG)) {
            throw new BadRequestException("瓦片文件名 '" + file + "' 无效：应为 {y}.png 或 {y}@2x.png");
        }
        String y = file.substring(0, file.length() - PNG.length());
        int scale = 1;
        if (y.endsWith(RETINA)) {
            y = y.substring(0, y.length() - RETINA.length());
            scale = 2;
        }
        try {
            return new BaseMapTileName(TileAddress.parse(z, x, y), scale);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
    }
}
