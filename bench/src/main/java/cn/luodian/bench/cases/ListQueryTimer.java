package cn.luodian.bench.cases;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times case queries over HTTP, one request at a time on one keep-alive connection (latency as one
 * user sees it, not throughput): {@code ListQueryTimer BASE_URL USER:PASSWORD [REQUESTS] [PATH…]}.
 * Each query is sent min(20, REQUESTS) times to warm up, then REQUESTS times (default 200); prints p50, p90, p99
 * and max in milliseconds, and what the answer held (of the last answer). Each request moves the
 * query's bbox by a seeded random offset of up to ±0.005° (about ±500 m), so that no store can
 * answer a repeat from a cache of the previous identical query (H2 keeps the result of an identical
 * query while the table is unchanged). It signs in once at {@code /login} and sends
 * the session cookie, as the map in the browser does; {@code -Dluodian.bench.auth=basic} sends
 * HTTP Basic credentials with every request instead, as a script does, which adds a bcrypt check
 * of the password (tens of milliseconds of CPU) to every request.
 */
public final class ListQueryTimer {
    /** Name and path of each query: bbox sizes around 梨园镇 (the dense west) and the whole district. */
    static final List<String[]> QUERIES = List.of(
            new String[] {"floor: /api/v1/users/me (no case query)", "/api/v1/users/me"},
            new String[] {"bbox 1 km, 大类 RX01, open states", "/api/v1/cases?bbox=116.660,39.870,116.672,39.879&category=RX01&state=dispatched,in_progress"},
            new String[] {"bbox 5 km, 大类 RX01, open states", "/api/v1/cases?bbox=116.64,39.85,116.70,39.895&category=RX01&state=dispatched,in_progress"},
            new String[] {"bbox 5 km, 小类 B0101, closed", "/api/v1/cases?bbox=116.64,39.85,116.70,39.895&category=B0101&state=closed"},
            new String[] {"bbox 20 km, 大类 S01, closed", "/api/v1/cases?bbox=116.55,39.70,116.80,39.90&category=S01&state=closed"},
            new String[] {"bbox district, 大类 RX06, open states", "/api/v1/cases?bbox=116.5,39.6,117.0,40.1&category=RX06&state=received,registered,dispatched,in_progress,returned,reported_done,verified"},
            new String[] {"bbox district, 大类 B01, closed, GeoJSON", "/api/v1/cases?bbox=116.5,39.6,117.0,40.1&category=B01&state=closed&format=geojson"},
            new String[] {"bbox district, 大类 S05, closed, page 50", "/api/v1/cases?bbox=116.5,39.6,117.0,40.1&category=S05&state=closed&offset=5000"});
    private static final Pattern CSRF = Pattern.compile("name=\"([^\"]+)\" value=\"([^\"]+)\"");
    private static final Pattern BBOX = Pattern.compile("bbox=([-\\d.]+),([-\\d.]+),([-\\d.]+),([-\\d.]+)");
    private static final Pattern TOTAL = Pattern.compile("\"total\":(\\d+)");

    private ListQueryTimer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ListQueryTimer BASE_URL USER:PASSWORD [REQUESTS] [PATH...]");
            System.exit(2);
        }
        int requests = args.length > 2 ? Integer.parseInt(args[2]) : 200;
        List<String[]> queries = args.length > 3
                ? Arrays.stream(args, 3, args.length).map(p -> new String[] {p, p}).toList() : QUERIES;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).build();
        boolean basic = "basic".equals(System.getProperty("luodian.bench.auth", "session"));
        String auth = basic ? "Basic " + Base64.getEncoder().encodeToString(args[1].getBytes(StandardCharsets.UTF_8)) : null;
        if (!basic) {
            signIn(http, args[0], args[1]);
        }
        System.out.println("signed in with " + (basic ? "HTTP Basic on every request" : "a session (form login once)"));
        System.out.printf("%-44s %8s %8s %8s %8s %9s %6s %8s%n", "query", "p50 ms", "p90 ms", "p99 ms", "max ms",
                "total", "items", "bytes");
        Random random = new Random(42);
        for (String[] query : queries) {
            String body = "";
            for (int i = 0; i < Math.min(20, requests); i++) {
                body = send(http, request(args[0] + moved(query[1], random), auth));
            }
            double[] millis = new double[requests];
            for (int i = 0; i < requests; i++) {
                HttpRequest request = request(args[0] + moved(query[1], random), auth);
                long start = System.nanoTime();
                body = send(http, request);
                millis[i] = (System.nanoTime() - start) / 1e6;
            }
            Arrays.sort(millis);
            Matcher total = TOTAL.matcher(body);
            System.out.printf(Locale.ROOT, "%-44s %8.1f %8.1f %8.1f %8.1f %9s %6d %8d%n", query[0], at(millis, 0.50),
                    at(millis, 0.90), at(millis, 0.99), millis[millis.length - 1], total.find() ? total.group(1) : "-",
                    count(body, "\"number\":"), body.length());
        }
    }

    /** The form login of the browser: the CSRF token from the page, then the form; the session cookie stays in the client. */
    public static void signIn(HttpClient http, String base, String userPassword) throws IOException, InterruptedException {
        String page = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = CSRF.matcher(page);
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        int colon = userPassword.indexOf(':');
        String form = "username=" + encode(userPassword.substring(0, colon)) + "&password="
                + encode(userPassword.substring(colon + 1)) + "&" + csrf.group(1) + "=" + encode(csrf.group(2));
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("sign-in failed: " + response.statusCode() + " " + location);
        }
    }

    private static HttpRequest request(String uri, String auth) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(uri)).GET();
        return (auth == null ? builder : builder.header("Authorization", auth)).build();
    }

    /** The path with its bbox (if any) moved by up to ±0.005° in each direction. */
    static String moved(String path, Random random) {
        Matcher bbox = BBOX.matcher(path);
        if (!bbox.find()) {
            return path;
        }
        double dx = (random.nextDouble() - 0.5) * 0.01;
        double dy = (random.nextDouble() - 0.5) * 0.01;
        String box = String.format(Locale.ROOT, "bbox=%.5f,%.5f,%.5f,%.5f", Double.parseDouble(bbox.group(1)) + dx,
                Double.parseDouble(bbox.group(2)) + dy, Double.parseDouble(bbox.group(3)) + dx, Double.parseDouble(bbox.group(4)) + dy);
        return path.substring(0, bbox.start()) + box + path.substring(bbox.end());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
    }

    private static int count(String body, String needle) {
        int n = 0;
        for (int i = body.indexOf(needle); i >= 0; i = body.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
