package cn.luodian.api.responsibility;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.util.regex.Pattern;

/** The checks the grid forms and imports share: lengths, no control characters, code shapes. */
final class GridText {
    static final int MAX_NAME = 60;
    private static final Pattern GRID_CODE = Pattern.compile("[A-Za-z0-9-]{1,30}");
    private static final Pattern CELL_CODE = Pattern.compile("\\d{15}");
    private static final Pattern TOWNSHIP_CODE = Pattern.compile("\\d{9}");
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,40}");

    private GridText() {
    }

    static String name(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new BadRequestException("责任网格名称不能为空");
        }
        if (text.codePointCount(0, text.length()) > MAX_NAME) {
            throw new BadRequestException("责任网格名称不能超过 " + MAX_NAME + " 个字");
        }
        return TextFields.line("name", text, MAX_NAME);
    }

    /** The code as given, or null when none was given (then one is made up). */
    static String code(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (!GRID_CODE.matcher(text).matches()) {
            throw new BadRequestException("责任网格编码应为 1 到 30 个字母、数字或连字符：'" + shown(text) + "'");
        }
        return text;
    }

    static String cell(String value) {
        String text = value == null ? "" : value.strip();
        if (!CELL_CODE.matcher(text).matches()) {
            throw new BadRequestException("单元网格代码应为 15 位数字：'" + shown(text) + "'");
        }
        return text;
    }

    static String township(String value) {
        String text = value == null ? "" : value.strip();
        if (!TOWNSHIP_CODE.matcher(text).matches()) {
            throw new BadRequestException("街乡镇代码应为 9 位数字：'" + shown(text) + "'");
        }
        return text;
    }

    static String username(String value) {
        String text = value == null ? "" : value.strip();
        if (!USERNAME.matcher(text).matches()) {
            throw new BadRequestException("网格员账号格式不对：'" + shown(text) + "'");
        }
        return text;
    }

    /** At most 40 characters of hostile input, control characters replaced, for a message. */
    static String shown(String text) {
        String cut = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        return cut.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }
}
