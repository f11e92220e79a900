package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The frontend's files at their plain paths are cached as application.properties says: the
 * workspace's modules are revalidated (a second load costs a 304, not the file), and so are the
 * webjars; the API is never cached. The pages load the versioned copies, kept a year without asking
 * (frontend/VersionedStaticFilesTest).
 */
class StaticFilesCachingTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<byte[]> get(String path, String ifModifiedSince) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + DemoServerForTest.port() + path));
        if (ifModifiedSince != null) {
            request.header("If-Modified-Since", ifModifiedSince);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void theWorkspaceModulesAreRevalidatedAndAnUnchangedOneIsNotSentAgain() throws Exception {
        HttpResponse<byte[]> first = get("/js/main.js", null);
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-cache").doesNotContain("no-store"));
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();

        HttpResponse<byte[]> again = get("/js/main.js", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void theWebjarsAreRevalidatedToo() throws Exception {
        HttpResponse<byte[]> leaflet = get("/webjars/leaflet/dist/leaflet.js", null);
        assertThat(leaflet.statusCode()).isEqualTo(200);
        String lastModified = leaflet.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(get("/webjars/leaflet/dist/leaflet.js", lastModified).statusCode()).isEqualTo(304);
    }

    @Test
    void theApiIsStillNeverCached() throws Exception {
        HttpResponse<byte[]> layers = get("/api/v1/layers", null);
        assertThat(layers.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
    }
}
