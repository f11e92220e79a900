package cn.luodian.api.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * On the demo server: the pages load the frontend's files from {@code /static/<version>/}, which
 * browsers keep for a year without asking; the pages themselves and the plain paths are revalidated;
 * another release's version is sent on to this one; nothing else opens under the prefix.
 */
class VersionedStaticFilesTest {
    private static final String YEAR = "max-age=31536000";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String version = StaticVersion.fromClasspath(getClass().getClassLoader()).value();

    private HttpResponse<byte[]> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + DemoServerForTest.port() + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String cacheControl(HttpResponse<?> response) {
        return response.headers().firstValue("Cache-Control").orElse("");
    }

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theWorkspacePageNamesTheServersVersionAndIsRevalidatedByItsETag() throws Exception {
        for (String path : List.of("/", "/index.html", "/?tab=cases&case=1")) {
            HttpResponse<byte[]> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(cacheControl(page)).as(path).contains("no-cache").doesNotContain(YEAR);
            assertThat(new String(page.body(), StandardCharsets.UTF_8))
                    .contains("<script type=\"module\" src=\"static/" + version + "/js/main.js\"></script>")
                    .doesNotContain("href=\"js/").doesNotContain("src=\"js/").doesNotContain("href=\"css/");
            String etag = page.headers().firstValue("ETag").orElseThrow();
            assertThat(get(path, "If-None-Match", etag).statusCode()).as(path).isEqualTo(304);
        }
    }

    @Test
    void theDeskAndTheCaseSheetStillNeedASignInAndNameTheVersion() throws Exception {
        for (String path : List.of("/exposure-desk.html", "/case-sheet.html?id=1")) {
            assertThat(get(path).statusCode()).as(path + " signed out").isIn(302, 401);
            HttpResponse<byte[]> page = get(path, "Authorization", basic("duban"));
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(new String(page.body(), StandardCharsets.UTF_8)).contains("src=\"static/" + version + "/js/");
        }
    }

    @Test
    void versionedFilesAreTheSameFilesKeptForAYearWithoutAsking() throws Exception {
        for (String file : List.of("js/main.js", "js/vendor/leaflet.js", "css/app.css", "webjars/leaflet/dist/leaflet.js",
                "webjars/leaflet/dist/images/marker-icon.png", "webjars/leaflet-markercluster/1.4.1/MarkerCluster.css")) {
            HttpResponse<byte[]> versioned = get("/static/" + version + "/" + file);
            assertThat(versioned.statusCode()).as(file).isEqualTo(200);
            assertThat(cacheControl(versioned)).as(file).contains(YEAR).contains("public").contains("immutable");
            HttpResponse<byte[]> plain = get("/" + file);
            assertThat(versioned.body()).as(file).isEqualTo(plain.body());
            assertThat(cacheControl(plain)).as(file).contains("no-cache").doesNotContain(YEAR);
        }
    }

    @Test
    void anotherReleasesVersionIsSentOnToThisOnes() throws Exception {
        String other = version.equals("000000000000") ? "111111111111" : "000000000000";
        HttpResponse<byte[]> moved = get("/static/" + other + "/js/cases/report-panel.js");
        assertThat(moved.statusCode()).isEqualTo(302);
        assertThat(moved.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/static/" + version + "/js/cases/report-panel.js"));
        assertThat(cacheControl(moved)).doesNotContain(YEAR);
    }

    @Test
    void nothingElseOpensUnderThePrefix() throws Exception {
        for (String path : List.of("/static/" + version + "/js/no-such-module.js", "/static/not-a-version/js/main.js",
                "/static/" + version + "/index.html", "/static/" + version + "/exposure-desk.html",
                "/static/" + version + "/api/v1/users", "/static/" + version + "/", "/static/")) {
            HttpResponse<byte[]> signedOut = get(path);
            assertThat(signedOut.statusCode()).as(path + " signed out").isIn(302, 401, 404);
            if (signedOut.statusCode() == 302) {
                assertThat(signedOut.headers().firstValue("Location")).as(path).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
            }
            HttpResponse<byte[]> signedIn = get(path, "Authorization", basic("zuoxi"));
            assertThat(signedIn.statusCode()).as(path + " signed in").isEqualTo(404);
        }
        assertThat(get("/static/" + version + "/js/no-such-module.js").statusCode()).isEqualTo(404);
    }
}
