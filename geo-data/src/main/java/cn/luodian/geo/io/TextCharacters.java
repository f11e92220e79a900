package cn.luodian.geo.io;

/**
 * Which characters text from outside may not hold, the rule the api's {@code TextFields} and the
 * component import share: C0 and C1 control characters and DEL (tab, line feed and carriage return
 * only in multi-line text), a lone UTF-16 surrogate, the bidirectional overrides and isolates that
 * make text display in another order than it is stored, and the Unicode non-characters.
 */
public final class TextCharacters {

    private TextCharacters() {
    }

    /**
     * What is wrong with this UTF-16 unit, in Chinese ("控制字符"), or null when it may stand in text.
     * A caller passes over the two units of a valid surrogate pair before asking.
     */
    public static String refusal(char c, boolean multiline) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return multiline ? null : "换行、制表符等控制字符";
        }
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
            return "控制字符";
        }
        if (Character.isSurrogate(c)) {
            return "不成对的代理字符（不是有效的文字编码）";
        }
        if ((c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) {
            return "改变文字方向的控制字符";
        }
        if (c == 0xfffe || c == 0xffff || (c >= 0xfdd0 && c <= 0xfdef)) {
            return "非字符码位";
        }
        if (!multiline && (c == 0x2028 || c == 0x2029)) {
            return "换行符";
        }
        return null;
    }

    /**
     * The index of the first refused unit of {@code value}, or -1; valid surrogate pairs pass.
     */
    public static int firstRefused(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
                continue;
            }
            if (refusal(c, multiline) != null) {
                return i;
            }
        }
        return -1;
    }
}
