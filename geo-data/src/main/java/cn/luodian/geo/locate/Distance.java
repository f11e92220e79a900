package cn.luodian.geo.locate;

/**
 * A distance as written after a name: "约124米", "大约 0.5公里", "124m", "约465". {@code end} is where
 * the reading stopped; {@code unitWritten} is false when the number stood alone and metres were assumed.
 */
record Distance(int metres, int start, int end, boolean unitWritten) {
    private static final String[] APPROXIMATELY = {"大约", "约为", "约有", "大概", "约"};
    private static final String[] UNITS = {"公里", "千米", "km", "KM", "Km", "米", "m", "M"};
    private static final int[] METRES_PER_UNIT = {1000, 1000, 1000, 1000, 1000, 1, 1, 1};
    /** More digits than this is not a distance in a city (and would not fit an int). */
    private static final int MAX_INTEGER_DIGITS = 7;

    /**
     * Reads a distance starting exactly at {@code pos}, or returns null. A bare number counts only
     * when it is followed by the end, a separator or "距", so that "G103国道" is not read as 103 m.
     */
    static Distance readAt(String text, int pos, int end) {
        int i = pos;
        boolean approximate = false;
        for (String word : APPROXIMATELY) {
            if (text.startsWith(word, i) && i + word.length() <= end) {
                i += word.length();
                approximate = true;
                break;
            }
        }
        i = skipSpaces(text, i, end);
        int digitsStart = i;
        i = skipDigits(text, i, end);
        int integerDigits = i - digitsStart;
        if (integerDigits == 0 || integerDigits > MAX_INTEGER_DIGITS) {
            return null;
        }
        if (i + 1 < end && text.charAt(i) == '.' && LocationText.isDigit(text.charAt(i + 1))) {
            i = skipDigits(text, i + 1, end);
            if (i - digitsStart > 2 * MAX_INTEGER_DIGITS) {
                return null;
            }
        }
        double value = Double.parseDouble(text.substring(digitsStart, i));
        int afterNumber = skipSpaces(text, i, end);
        for (int u = 0; u < UNITS.length; u++) {
            if (text.startsWith(UNITS[u], afterNumber) && afterNumber + UNITS[u].length() <= end) {
                int unitEnd = skipAbout(text, afterNumber + UNITS[u].length(), end);
                return new Distance((int) Math.round(value * METRES_PER_UNIT[u]), pos, unitEnd, true);
            }
        }
        boolean standsAlone = afterNumber >= end || LocationText.isSeparator(text.charAt(afterNumber))
                || text.charAt(afterNumber) == '距';
        if (!approximate && !standsAlone) {
            return null;
        }
        return new Distance((int) Math.round(value), pos, skipAbout(text, i, end), false);
    }

    /** Stops one past the longest number worth reading, so that a run of digits costs no more. */
    private static int skipDigits(String text, int from, int end) {
        int i = from;
        while (i < end && i - from <= 2 * MAX_INTEGER_DIGITS && LocationText.isDigit(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String text, int from, int end) {
        int i = from;
        while (i < end && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "约124米左右处": 左右 says the same as 约, and 处 ("at") adds nothing. */
    private static int skipAbout(String text, int from, int end) {
        int i = text.startsWith("左右", from) && from + 2 <= end ? from + 2 : from;
        return i < end && text.charAt(i) == '处' ? i + 1 : i;
    }
}
