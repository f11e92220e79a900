package cn.luodian.geo.locate;

/** Character-level rules shared by the parser and the gazetteer. */
final class LocationText {

    private LocationText() {
    }

    /**
     * Full-width ASCII ("１２４", "，", "Ｍ") to ASCII and the ideographic space to a space, so that
     * what people type on a Chinese keyboard reads like what the published list prints. The length
     * and positions of the text do not change.
     */
    static String normalise(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    /** Characters that separate the parts of a sentence and never occur inside a name. */
    static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == ',' || c == '、' || c == ';' || c == '。' || c == ':';
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static int skipSeparators(String text, int from, int end) {
        int i = from;
        while (i < end && isSeparator(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int trimSeparatorsBack(String text, int from, int end) {
        int i = end;
        while (i > from && isSeparator(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** A piece of text for a warning, cut short so that a long input cannot make a long answer. */
    static String excerpt(String text, int from, int end) {
        int limit = 30;
        return end - from <= limit ? text.substring(from, end) : text.substring(from, from + limit) + "…";
    }
}
