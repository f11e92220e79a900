package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.text.LatinWords;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * A browser page that fails shows Chinese, never Spring's English "Whitelabel Error Page": a refused
 * form post gets the Chinese page error/403.html with a way back; a path with nothing behind it
 * gets the same Chinese problem as the API.
 */
class BrowserErrorPagesTest {
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpRequest.Builder page(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + DemoServerForTest.port() + path))
                .header("Accept", "text/html,application/xhtml+xml");
    }

    private static String text(HttpResponse<String> response) {
        // The visible text: tags, the style block and the comment dropped.
        return response.body().replaceAll("(?s)<style.*?</style>|<!--.*?-->|<[^>]+>", " ");
    }

    @Test
    void aFormPostedWithoutItsTokenIsRefusedInChinese() throws Exception {
        HttpResponse<String> refused = http.send(page("/logout").POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(refused.body()).contains("您没有权限进行此操作").contains("返回工作台").doesNotContain("Whitelabel");
        assertThat(LatinWords.in(text(refused))).isEmpty();
    }

    @Test
    void aPageThatDoesNotExistSaysSoInChinese() throws Exception {
        String basic = Base64.getEncoder().encodeToString("zuoxi:zuoxi-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> missing = http.send(page("/no-such-page.html").header("Authorization", "Basic " + basic).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("没有这个地址或文件").doesNotContain("Whitelabel");
    }
}
