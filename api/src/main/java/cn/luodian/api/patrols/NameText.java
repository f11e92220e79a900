package cn.luodian.api.patrols;

/** Echoes of what a client sent, made safe for an error message. */
final class NameText {

    private NameText() {
    }

    /** At most 40 characters, control characters replaced. */
    static String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(40).forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
        return text.codePointCount(0, text.length()) > 40 ? out + "…" : out.toString();
    }
}
