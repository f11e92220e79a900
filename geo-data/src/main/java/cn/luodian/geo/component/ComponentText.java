package cn.luodian.geo.component;

import cn.luodian.geo.io.TextCharacters;

/**
 * The check of a component's text fields (name, units, source, notes): the characters
 * {@link TextCharacters} refuses and a length limit in UTF-16 units, as the database columns count.
 * A value is refused with the field's Chinese label, never cleaned.
 */
final class ComponentText {

    private ComponentText() {
    }

    /** One line of at most {@code maxChars}; null stays null. */
    static String line(String label, String value, int maxChars) {
        return checked(label, value, maxChars, false);
    }

    /** Text that may span lines (notes). */
    static String text(String label, String value, int maxChars) {
        return checked(label, value, maxChars, true);
    }

    /** Like {@link #line}, and not empty. */
    static String required(String label, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(label + "不能为空");
        }
        return line(label, value, maxChars);
    }

    private static String checked(String label, String value, int maxChars, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new IllegalArgumentException(label + "过长（最多 " + maxChars + " 个字符，实有 " + value.length() + " 个）");
        }
        int refused = TextCharacters.firstRefused(value, multiline);
        if (refused >= 0) {
            char c = value.charAt(refused);
            throw new IllegalArgumentException(label + "在第 " + (value.codePointCount(0, refused) + 1) + " 个字符处含有"
                    + TextCharacters.refusal(c, multiline) + "（U+" + "%04X".formatted((int) c) + "）");
        }
        return value;
    }

    /** At most 40 characters of what was given, control characters as '?', so that a message stays one readable line. */
    static String shown(String value) {
        StringBuilder out = new StringBuilder();
        value.codePoints().limit(40).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return value.codePointCount(0, value.length()) > 40 ? out + "…" : out.toString();
    }
}
