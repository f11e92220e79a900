package cn.luodian.api.fuzz;

import cn.luodian.api.fuzz.ApiOperations.Operation;
import cn.luodian.api.fuzz.ApiOperations.Parameter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The hostile requests for one operation. Each request starts from a plausible one (path ids of a
 * case the test made, required parameters and body fields filled with values that pass, so that a
 * request gets past the first check) and puts one hostile thing in: a path segment, a query value,
 * a body field, the whole body, the content type or the multipart framing.
 */
final class FuzzRequests {
    /** A request to send: a label for the report, and whether it goes without signing in. */
    record Request(String label, String method, String pathAndQuery, String contentType, byte[] body, boolean anonymous,
                   boolean invalidText) {
        Request(String label, String method, String pathAndQuery, String contentType, byte[] body, boolean anonymous) {
            this(label, method, pathAndQuery, contentType, body, anonymous, false);
        }

        Request withInvalidText(boolean invalid) {
            return new Request(label, method, pathAndQuery, contentType, body, anonymous, invalid);
        }
    }

    private static final String BOUNDARY = "fuzzBoundary15";
    /** Values that pass, by parameter or field name, so that a request reaches its hostile part. */
    private static final Map<String, Object> PLAUSIBLE = Map.ofEntries(
            Map.entry("category", "B0101"), Map.entry("description", "模糊测试（示例）"), Map.entry("lon", 116.7726),
            Map.entry("long", 116.7726), Map.entry("lat", 39.7588), Map.entry("crs", "wgs84"), Map.entry("text", "漷县镇"),
            Map.entry("urgency", "normal"), Map.entry("source", "staff"), Map.entry("service_code", "B0101"),
            Map.entry("bbox", "116.6,39.7,116.8,39.8"), Map.entry("from", "2026-01-01T00:00:00Z"),
            Map.entry("to", "2026-12-31T00:00:00Z"), Map.entry("z", 12), Map.entry("x", 3423), Map.entry("y", 1551),
            Map.entry("month", "2026-11"), Map.entry("admin", "110112"), Map.entry("limit", 10), Map.entry("offset", 0),
            Map.entry("phone", "13912345678"));

    private final long seed;
    private final long caseId;
    private final String caseNumber;
    /** The choices of the operation being generated: seeded by the operation, so an added endpoint changes no other's. */
    private HostileValues hostile;
    private int externalIds;

    FuzzRequests(long seed, long caseId, String caseNumber) {
        this.seed = seed;
        this.caseId = caseId;
        this.caseNumber = caseNumber;
    }

    List<Request> of(Operation op) {
        hostile = new HostileValues(seed * 31 + op.toString().hashCode());
        List<Request> requests = new ArrayList<>();
        Map<String, String> path = new LinkedHashMap<>();
        op.in("path").forEach(p -> path.put(p.name(), plausiblePath(op, p)));
        Map<String, String> query = new LinkedHashMap<>();
        op.in("query").stream().filter(p -> p.required() || PLAUSIBLE.containsKey(p.name()))
                .forEach(p -> query.put(p.name(), encode(plausible(p))));
        boolean form = op.bodyType() != null && op.bodyType().contains("x-www-form-urlencoded");
        boolean multipart = op.bodyType() != null && op.bodyType().startsWith("multipart/");
        boolean json = op.bodyType() != null && op.bodyType().contains("json");
        Object base = json ? plausible("", op.bodySchema()) : null;
        // The plausible request, as a signed-in user and as nobody.
        requests.add(build(op, "plausible", path, query, base, form, multipart, false));
        requests.add(build(op, "anonymous", path, query, base, form, multipart, true));
        for (Parameter p : op.in("path")) {
            for (String value : hostile.some(HostileValues.URL_VALUES, 4)) {
                Map<String, String> changed = new LinkedHashMap<>(path);
                changed.put(p.name(), value);
                requests.add(build(op, "path " + p.name() + "=" + shorten(value), changed, query, base, form, multipart, false));
            }
        }
        for (Parameter p : op.in("query")) {
            for (String value : hostile.some(HostileValues.URL_VALUES, 3)) {
                Map<String, String> changed = new LinkedHashMap<>(query);
                changed.put(p.name(), value);
                requests.add(build(op, "query " + p.name() + "=" + shorten(value), path, changed, base, form, multipart, false)
                        .withInvalidText(neverValid(java.net.URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8))));
            }
        }
        if (json) {
            for (List<String> field : fields(base)) {
                for (Object value : hostile.some(HostileValues.JSON_VALUES, 4)) {
                    requests.add(build(op, "body " + String.join(".", field) + "=" + shorten(Json.write(value)), path, query,
                            replaced(base, field, value), form, multipart, false)
                            .withInvalidText(value instanceof String text && neverValid(text)));
                }
            }
            for (String body : hostile.some(HostileValues.BODIES, 5)) {
                requests.add(new Request(op + " body " + shorten(body), op.method(), url(op, path, query), "application/json",
                        body.getBytes(StandardCharsets.UTF_8), false));
            }
            String plain = Json.write(base);
            requests.add(new Request(op + " as text/plain", op.method(), url(op, path, query), "text/plain", bytes(plain), false));
            requests.add(new Request(op + " as xml", op.method(), url(op, path, query), "application/xml", bytes("<a/>"), false));
            requests.add(new Request(op + " not UTF-8", op.method(), url(op, path, query), "application/json",
                    new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}, false));
        }
        if (multipart) {
            requests.addAll(badMultipart(op, path, query));
        }
        return requests;
    }

    private Request build(Operation op, String label, Map<String, String> path, Map<String, String> query, Object body,
                          boolean form, boolean multipart, boolean anonymous) {
        String url = url(op, path, form ? Map.of() : query);
        if (form) {
            String encoded = query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
            return new Request(op + " " + label, op.method(), url, "application/x-www-form-urlencoded", bytes(encoded), anonymous);
        }
        if (multipart) {
            return new Request(op + " " + label, op.method(), url, "multipart/form-data; boundary=" + BOUNDARY,
                    bytes(multipartBody(op, "fuzz.csv", "a,b\n1,2\n")), anonymous);
        }
        if (body != null || op.bodyType() != null) {
            return new Request(op + " " + label, op.method(), url, op.bodyType(), bytes(Json.write(freshExternalId(body))), anonymous);
        }
        return new Request(op + " " + label, op.method(), url, null, null, anonymous);
    }

    private List<Request> badMultipart(Operation op, Map<String, String> path, Map<String, String> query) {
        String url = url(op, path, query);
        String good = multipartBody(op, "fuzz.csv", "a,b\n1,2\n");
        List<Request> requests = new ArrayList<>();
        requests.add(new Request(op + " multipart without boundary", op.method(), url, "multipart/form-data", bytes(good), false));
        requests.add(new Request(op + " multipart wrong boundary", op.method(), url, "multipart/form-data; boundary=other", bytes(good), false));
        requests.add(new Request(op + " multipart truncated", op.method(), url, "multipart/form-data; boundary=" + BOUNDARY,
                bytes(good.substring(0, good.length() / 2)), false));
        requests.add(new Request(op + " multipart empty", op.method(), url, "multipart/form-data; boundary=" + BOUNDARY, new byte[0], false));
        requests.add(new Request(op + " multipart hostile file name", op.method(), url, "multipart/form-data; boundary=" + BOUNDARY,
                bytes(multipartBody(op, "../../a\u0000.csv", "a,b\n1,2\n")), false));
        requests.add(new Request(op + " multipart control characters", op.method(), url, "multipart/form-data; boundary=" + BOUNDARY,
                bytes(multipartBody(op, "fuzz.csv", "a,b\n\u0000\u0001,\ud800\n")), false));
        requests.add(new Request(op + " as JSON", op.method(), url, "application/json", bytes("{}"), false));
        return requests;
    }

    /** Every file field of the operation's multipart schema (or {@code file}) with {@code content}, and its text fields. */
    @SuppressWarnings("unchecked")
    private static String multipartBody(Operation op, String fileName, String content) {
        Map<String, Object> properties = op.bodySchema() == null ? Map.of()
                : (Map<String, Object>) op.bodySchema().getOrDefault("properties", Map.of("file", Map.of("format", "binary")));
        StringBuilder out = new StringBuilder();
        properties.forEach((name, schema) -> {
            boolean file = "binary".equals(((Map<String, Object>) schema).get("format"))
                    || ((Map<String, Object>) schema).containsKey("items");
            out.append("--").append(BOUNDARY).append("\r\n").append("Content-Disposition: form-data; name=\"").append(name).append('"');
            if (file) {
                out.append("; filename=\"").append(fileName).append("\"\r\nContent-Type: application/octet-stream");
            }
            out.append("\r\n\r\n").append(file ? content : "x").append("\r\n");
        });
        return out.append("--").append(BOUNDARY).append("--\r\n").toString();
    }

    private String url(Operation op, Map<String, String> path, Map<String, String> query) {
        String url = op.path();
        for (Map.Entry<String, String> e : path.entrySet()) {
            url = url.replaceFirst("\\{" + e.getKey() + "(:[^}]*)?}", java.util.regex.Matcher.quoteReplacement(e.getValue()));
        }
        if (!query.isEmpty()) {
            url += "?" + query.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("&"));
        }
        return url;
    }

    private String plausiblePath(Operation op, Parameter p) {
        if (p.name().equals("id") && op.path().startsWith("/api/v1/cases/")) {
            return Long.toString(caseId);
        }
        if (p.name().equals("number")) {
            return caseNumber;
        }
        if (!p.enumValues().isEmpty()) {
            return encode(p.enumValues().get(0));
        }
        if (PLAUSIBLE.containsKey(p.name())) {
            return encode(PLAUSIBLE.get(p.name()));
        }
        // Nothing anybody has: a write on a path of this kind changes nothing the other tests use.
        return p.type().equals("integer") || p.type().equals("number") ? "999999" : "fuzz-none";
    }

    private static Object plausible(Parameter p) {
        if (PLAUSIBLE.containsKey(p.name())) {
            return PLAUSIBLE.get(p.name());
        }
        if (!p.enumValues().isEmpty()) {
            return p.enumValues().get(0);
        }
        return switch (p.type()) {
            case "integer", "number" -> 1;
            case "boolean" -> true;
            default -> "x";
        };
    }

    /** A body that passes the schema's shape, filled with plausible values (bounded depth). */
    @SuppressWarnings("unchecked")
    private static Object plausible(String name, Map<String, Object> schema) {
        if (schema == null) {
            return Map.of();
        }
        if (PLAUSIBLE.containsKey(name)) {
            return PLAUSIBLE.get(name);
        }
        Object values = schema.get("enum");
        if (values instanceof List<?> list && !list.isEmpty()) {
            return list.get(0);
        }
        String type = String.valueOf(schema.getOrDefault("type", schema.containsKey("properties") ? "object" : "string"));
        return switch (type) {
            case "object" -> {
                Map<String, Object> object = new LinkedHashMap<>();
                ((Map<String, Object>) schema.getOrDefault("properties", Map.of()))
                        .forEach((field, fieldSchema) -> object.put(field, plausible(field, (Map<String, Object>) fieldSchema)));
                yield object;
            }
            case "array" -> List.of(plausible("", (Map<String, Object>) schema.getOrDefault("items", Map.of())));
            case "integer", "number" -> 1;
            case "boolean" -> false;
            default -> "x";
        };
    }

    /**
     * The body with a new {@code externalId} where it has the plausible one: a report whose outside id
     * was seen before answers the stored case and stores nothing, which would hide what it would store.
     */
    @SuppressWarnings("unchecked")
    private Object freshExternalId(Object body) {
        if (body instanceof Map<?, ?> map && "x".equals(map.get("externalId"))) {
            Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) map);
            copy.put("externalId", "fz-" + seed + "-" + (++externalIds));
            return copy;
        }
        return body;
    }

    /** The paths of the body's fields, top level and one level down. */
    @SuppressWarnings("unchecked")
    private static List<List<String>> fields(Object body) {
        List<List<String>> fields = new ArrayList<>();
        if (body instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                fields.add(List.of((String) key));
                if (value instanceof Map<?, ?> inner) {
                    ((Map<String, Object>) inner).keySet().forEach(k -> fields.add(List.of((String) key, k)));
                }
            });
        }
        return fields;
    }

    @SuppressWarnings("unchecked")
    private static Object replaced(Object body, List<String> field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>((Map<String, Object>) body);
        if (field.size() == 1) {
            copy.put(field.get(0), value);
        } else {
            copy.put(field.get(0), replaced(copy.get(field.get(0)), field.subList(1, field.size()), value));
        }
        return copy;
    }

    /**
     * Text no field accepts, whatever it is for: control characters other than tab and line breaks,
     * broken or reordering Unicode, non-characters, or more than any column holds. A request that
     * carries it must store nothing, whatever it answers.
     */
    static boolean neverValid(String text) {
        if (text.length() > 50_000) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate(c)
                    || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0xfffe || c == 0xffff) {
                return true;
            }
        }
        return false;
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String shorten(String text) {
        String visible = text.codePoints().limit(text.startsWith("GET ") || text.startsWith("POST ") ? 160 : 24).mapToObj(c -> c < 0x20 || Character.isSurrogate((char) c) && c < 0x10000
                ? "\\u%04x".formatted(c) : Character.toString(c)).collect(Collectors.joining());
        return text.length() > 24 ? visible + "…(" + text.length() + ")" : visible;
    }
}
