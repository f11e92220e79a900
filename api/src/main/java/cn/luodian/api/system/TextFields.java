package cn.luodian.api.system;

import cn.luodian.geo.io.TextCharacters;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The one check of text a client sends, used wherever text enters the system (case reports and
 * their steps, Open311, hotline rows, the admin forms, query filters). A value is refused, never
 * silently cleaned: a person should see what was wrong with what they sent. Each check throws
 * {@link InvalidFieldException} naming the field with a Chinese reason, and returns the value
 * unchanged (null stays null) so a caller can check and use in one expression.
 *
 * <p>Refused everywhere (the rule is geo-data's {@code io.TextCharacters}, which the component
 * import shares): control characters (C0 and C1, DEL; in multi-line text tab, line feed and
 * carriage return pass), a lone UTF-16 surrogate (not text; PostgreSQL's driver would write it
 * as '?'), the Unicode non-characters, and the bidirectional overrides and isolates that make text
 * display in another order than it is stored. Lengths are counted in UTF-16 units, never fewer
 * than the characters a database column counts, so a value that passes fits its column on H2 and
 * on PostgreSQL alike.
 */
public final class TextFields {
    /** How far ahead of the server's clock a reported time may be: clocks of other systems drift. */
    public static final Duration CLOCK_SKEW = Duration.ofMinutes(10);
    /** A phone number as people write it: digits with +, -, spaces, brackets; * for masked digits; 转 extension. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9*][0-9* ()\\-]{2,30}(?:(?:转|-|ext\\.?)[0-9]{1,6})?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>\"'()\\[\\],;:\\\\]{1,64}@[A-Za-z0-9.\\-]{1,63}\\.[A-Za-z]{2,24}");
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.:\\-]*");

    /**
     * What a person calls the fields they meet in the forms, so that a message reads as Chinese; the
     * field's own name is always in the problem's {@code field} property for scripts.
     */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("description", "问题描述"), Map.entry("category", "小类"), Map.entry("urgency", "紧急程度"),
            Map.entry("source", "案件来源"), Map.entry("externalId", "外部编号"), Map.entry("reporter.name", "联系人"),
            Map.entry("reporter.phone", "联系电话"), Map.entry("reporterName", "联系人"), Map.entry("reporterPhone", "联系电话"),
            Map.entry("location.crs", "坐标系"), Map.entry("crs", "坐标系"), Map.entry("note", "说明"), Map.entry("reason", "原因"),
            Map.entry("name", "名称"), Map.entry("displayName", "显示名称"), Map.entry("title", "标题"), Map.entry("intro", "导语"),
            Map.entry("inspector", "复查人"), Map.entry("inspectedOn", "复查日期"), Map.entry("result", "复查结果"),
            Map.entry("code", "代码"), Map.entry("grid", "单元网格"), Map.entry("state", "状态"), Map.entry("phone", "电话"),
            Map.entry("email", "电子邮箱"), Map.entry("first_name", "名字"), Map.entry("last_name", "姓氏"),
            Map.entry("address_string", "地址描述"), Map.entry("service_code", "服务代码"), Map.entry("lat", "纬度"),
            Map.entry("long", "经度"), Map.entry("receivedAt", "来电时间"), Map.entry("action", "操作"),
            Map.entry("satisfaction", "满意度"), Map.entry("titleLine", "标题行"), Map.entry("cadence", "周期"),
            Map.entry("targetCategories", "目标类别"), Map.entry("publisher", "发布单位"), Map.entry("password", "密码"),
            Map.entry("actor", "操作人"), Map.entry("entityType", "对象类型"), Map.entry("entityId", "对象编号"),
            Map.entry("jurisdiction_id", "辖区编号"), Map.entry("api_key", "接口密钥"));

    private TextFields() {
    }

    /** The field as a message names it: its Chinese label, a Chinese name as given (a CSV column), else quoted. */
    static String named(String field) {
        String label = LABELS.get(field);
        if (label != null) {
            return label;
        }
        return field.chars().anyMatch(c -> c < 0x80 && Character.isLetter(c)) ? "字段 '" + field + "' " : field;
    }

    /** One line of text (a name, an id, a filter) of at most {@code maxChars}. */
    public static String line(String field, String value, int maxChars) {
        return checked(field, value, maxChars, false);
    }

    /** Text that may span lines (a description, a note) of at most {@code maxChars}. */
    public static String text(String field, String value, int maxChars) {
        return checked(field, value, maxChars, true);
    }

    /** Like {@link #line}, and not empty or blank. */
    public static String required(String field, String value, int maxChars) {
        if (value == null || value.isBlank()) {
            throw new InvalidFieldException(field, named(field) + "不能为空");
        }
        return line(field, value, maxChars);
    }

    /** A phone number (at most 40 characters, the stored column): digits and the usual separators. */
    public static String phone(String field, String value) {
        line(field, value, 40);
        if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()) {
            throw new InvalidFieldException(field, named(field) + "不是电话号码：只能含数字、空格、+、-、括号（可带“转”分机号）");
        }
        return value;
    }

    /** A phone number or an e-mail address (Open311's contact), at most 40 characters. */
    public static String contact(String field, String value) {
        line(field, value, 40);
        if (value != null && !value.isBlank() && !PHONE.matcher(value.strip()).matches()
                && !EMAIL.matcher(value.strip()).matches()) {
            throw new InvalidFieldException(field, named(field) + "既不是电话号码也不是电子邮箱地址");
        }
        return value;
    }

    /** A code of letters, digits and {@code _ . : -} (an external id, a unit code), at most {@code maxChars}. */
    public static String code(String field, String value, int maxChars) {
        line(field, value, maxChars);
        if (value != null && !value.isEmpty() && !CODE.matcher(value.strip()).matches()) {
            throw new InvalidFieldException(field, named(field) + "只能含字母、数字和 _ . : -");
        }
        return value;
    }

    /** A time that has happened: not later than the clock's now plus {@link #CLOCK_SKEW}. */
    public static Instant notInFuture(String field, Instant value, Clock clock) {
        if (value != null && value.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw new InvalidFieldException(field, named(field) + "的时间 " + value + " 晚于现在：不能是将来的时间");
        }
        return value;
    }

    private static String checked(String field, String value, int maxChars, boolean multiline) {
        if (value == null) {
            return null;
        }
        if (value.length() > maxChars) {
            throw new InvalidFieldException(field, named(field) + "过长（最多 " + maxChars + " 个字符，实有 "
                    + value.length() + " 个）");
        }
        int refused = TextCharacters.firstRefused(value, multiline);
        if (refused >= 0) {
            char c = value.charAt(refused);
            throw new InvalidFieldException(field, named(field) + "在第 " + (value.codePointCount(0, refused) + 1)
                    + " 个字符处含有" + TextCharacters.refusal(c, multiline) + "（U+" + "%04X".formatted((int) c) + "）");
        }
        return value;
    }
}
