package cn.luodian.api.fuzz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The hostile inputs, fixed lists drawn from by a seeded random: the same run every time. Strings for
 * JSON bodies and form fields, percent-encoded values for paths and query strings (some not valid
 * UTF-8 on purpose), JSON values of the wrong type or range, and whole bodies that are not JSON.
 */
final class HostileValues {
    static final String LONG = "长".repeat(100_000);

    /** Text a field may receive: control characters, broken Unicode, markup, SQL, sizes. */
    static final List<String> STRINGS = List.of(
            "\u0000", "a\u0000b", "\u0001\u0002\u001f", "x\u007f\u0085y", "\ud800", "a\udc00b", "\u202eevil\u202c",
            "\ufffe\uffff", "line\nbreak\r\n", "\t", LONG, "' OR '1'='1", "1); DROP TABLE city_case;--",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd", "${jndi:ldap://x/a}",
            "{{7*7}}", "%00", "", " ", "🙂🙂", "-1", "99999999999999999999", "NaN", "1e309");

    /** Values for a path segment or a query parameter, already percent-encoded. */
    static final List<String> URL_VALUES = List.of(
            "%00", "a%00b", "%ED%A0%80", "%C0%80", "%FF%FE", "%0D%0AX-Injected:%201", "%E2%80%AEevil",
            "'%20OR%20'1'%3D'1", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "..%2F..%2Fetc%2Fpasswd", "-1", "0",
            "99999999999999999999", "NaN", "1e309", "-Infinity", "%20", "%F0%9F%99%82", "%25", "x".repeat(3000));

    /** JSON values put in place of a body field. */
    static final List<Object> JSON_VALUES = List.of(
            "\u0000", "a\u0000b", "\ud800", "\u001b[31m", "\u202eevil", LONG, "<script>alert(1)</script>",
            "' OR '1'='1", 123, -1, new Json.Raw("1e309"), new Json.Raw("99999999999999999999999999"),
            new Json.Raw("-9223372036854775809"), new Json.Raw("NaN"), true, List.of(), java.util.Map.of(),
            new Json.Raw("[".repeat(300) + "]".repeat(300)), 0.0000001, "", "🙂");

    /** Whole request bodies sent as JSON. */
    static final List<String> BODIES = List.of(
            "", "{", "{\"a\":", "[", "null", "42", "\"text\"", "[]", "[".repeat(5000), "{\"a\":".repeat(3000) + "1",
            "\uFEFF{}", "{\"a\":1,\"a\":2}", "{\"a\":\"" + "x".repeat(2_000_000) + "\"}", "\u0000");

    private final Random random;

    HostileValues(long seed) {
        this.random = new Random(seed);
    }

    /** {@code count} of the values, chosen by the seeded random; the first always among them. */
    <T> List<T> some(List<T> values, int count) {
        List<T> rest = new ArrayList<>(values.subList(1, values.size()));
        Collections.shuffle(rest, random);
        List<T> chosen = new ArrayList<>();
        chosen.add(values.get(0));
        chosen.addAll(rest.subList(0, Math.min(count - 1, rest.size())));
        return chosen;
    }
}
