package cn.luodian.api.dispatch;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;

/** The checks every text field of the unit and rule forms shares: length and no control characters. */
final class FormText {
    private FormText() {
    }

    /** {@code value} stripped; null or blank is "" unless {@code required}. Messages name the field in Chinese. */
    static String check(String field, String value, int maxChars, boolean required) {
        String text = value == null ? "" : value.strip();
        if (required && text.isEmpty()) {
            throw new BadRequestException(field + "不能为空");
        }
        if (text.codePointCount(0, text.length()) > maxChars) {
            throw new BadRequestException(field + "不能超过 " + maxChars + " 个字");
        }
        // What is text at all (no control characters, whole Unicode) and fits the column: the one check.
        return TextFields.line(field, text, maxChars);
    }
}
