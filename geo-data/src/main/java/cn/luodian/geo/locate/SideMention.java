package cn.luodian.geo.locate;

/**
 * The side of a landmark a problem is on: "北侧", also written "北面", "北边", "北方". {@code name}
 * is always the 侧 form; {@code start}..{@code end} is where it was written.
 */
record SideMention(String name, int start, int end) {
    private static final String[] TWO_CHAR_DIRECTIONS = {"东北", "东南", "西南", "西北"};

    /**
     * The side in {@code text[from, end)}. The first one that ends the head (followed by the end, a
     * separator, "距" or a distance) wins, so that "东方红小区南侧" gives 南侧 and not the 东方 of the
     * name; failing that the first one written with 侧, which is never part of a name; else null.
     */
    static SideMention find(String text, int from, int end) {
        SideMention firstWithCe = null;
        for (int i = from; i < end; i++) {
            SideMention side = sideAt(text, i, end);
            if (side == null) {
                continue;
            }
            if (endsHead(text, side.end(), end)) {
                return side;
            }
            if (firstWithCe == null && text.charAt(side.end() - 1) == '侧') {
                firstWithCe = side;
            }
        }
        return firstWithCe;
    }

    private static SideMention sideAt(String text, int i, int end) {
        if ("东南西北".indexOf(text.charAt(i)) < 0) {
            return null;
        }
        int length = 1;
        for (String pair : TWO_CHAR_DIRECTIONS) {
            if (i + 2 <= end && text.startsWith(pair, i)) {
                length = 2;
                break;
            }
        }
        int marker = i + length;
        if (marker >= end || "侧面边方".indexOf(text.charAt(marker)) < 0) {
            return null;
        }
        return new SideMention(text.substring(i, marker) + "侧", i, marker + 1);
    }

    private static boolean endsHead(String text, int at, int end) {
        int i = at;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i >= end || LocationText.isSeparator(text.charAt(i)) || text.charAt(i) == '距'
                || Distance.readAt(text, i, end) != null;
    }
}
