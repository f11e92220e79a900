package cn.luodian.geo.describe;

/** The eight sides (方位) of a landmark, as published lists name them. */
public enum Side {
    NORTH("北侧"), NORTH_EAST("东北侧"), EAST("东侧"), SOUTH_EAST("东南侧"),
    SOUTH("南侧"), SOUTH_WEST("西南侧"), WEST("西侧"), NORTH_WEST("西北侧");

    private final String text;

    Side(String text) {
        this.text = text;
    }

    public String text() {
        return text;
    }

    /**
     * The sector of the direction (dx east, dy north), 45° each and centred on the eight
     * directions; a direction exactly on a sector edge goes to the sector clockwise of it.
     */
    public static Side of(double dx, double dy) {
        double degreesFromNorth = Math.toDegrees(Math.atan2(dx, dy));
        if (degreesFromNorth < 0) {
            degreesFromNorth += 360;
        }
        int sector = (int) Math.floor((degreesFromNorth + 22.5) / 45.0) % 8;
        return values()[sector];
    }

    public static Side parse(String text) {
        for (Side side : values()) {
            if (side.text.equals(text)) {
                return side;
            }
        }
        throw new IllegalArgumentException("无法识别的方位 '" + text + "'");
    }
}
