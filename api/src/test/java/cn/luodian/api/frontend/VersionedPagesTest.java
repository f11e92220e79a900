package cn.luodian.api.frontend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pages as sent reference every script, module, stylesheet and the import map under the version. */
class VersionedPagesTest {
    private static final StaticVersion VERSION = new StaticVersion("0123456789ab");
    private static final Pattern REFERENCE = Pattern.compile("(?:src|href)=\"([^\"]+)\"");

    private static String sent(String page) {
        return new String(new VersionedPages(VERSION, VersionedPagesTest.class.getClassLoader()).page(page).html(),
                StandardCharsets.UTF_8);
    }

    private static List<String> references(String html, String tag) {
        return Pattern.compile("<" + tag + "\\b[^>]*>").matcher(html).results().map(java.util.regex.MatchResult::group)
                .map(REFERENCE::matcher).filter(Matcher::find).map(m -> m.group(1)).toList();
    }

    @Test
    void theWorkspaceLoadsEveryFileFromTheVersionedPrefix() {
        String html = sent("index.html");
        List<String> links = references(html, "link").stream().filter(href -> !href.startsWith("data:")).toList();
        List<String> scripts = references(html, "script");
        assertThat(links).hasSizeGreaterThan(30).allSatisfy(href -> assertThat(href).startsWith("static/0123456789ab/"));
        assertThat(scripts).containsExactly("static/0123456789ab/webjars/leaflet/dist/leaflet.js",
                "static/0123456789ab/js/app/early-requests.js", "static/0123456789ab/js/main.js");
        assertThat(html).contains("\"leaflet\": \"./static/0123456789ab/js/vendor/leaflet.js\"")
                .contains("<link rel=\"modulepreload\" href=\"static/0123456789ab/js/app/workspace.js\">");
        // The page's own links are left alone.
        assertThat(html).doesNotContain("static/0123456789ab/static/");
    }

    @Test
    void theExposureDeskAndTheCaseSheetToo() {
        for (String page : List.of("exposure-desk.html", "case-sheet.html")) {
            String html = sent(page);
            assertThat(references(html, "script")).as(page).isNotEmpty()
                    .allSatisfy(src -> assertThat(src).startsWith("static/0123456789ab/js/"));
            assertThat(references(html, "link").stream().filter(href -> href.endsWith(".css")).toList()).as(page)
                    .isNotEmpty().allSatisfy(href -> assertThat(href).startsWith("static/0123456789ab/css/"));
            assertThat(html).contains("href=\"./\"");
        }
    }

    @Test
    void onlyRelativeReferencesToTheStaticFoldersMove() {
        String html = """
                <link href="css/a.css"><script src="js/m.js"></script><a href="exposure">x</a>
                <a href="./?tab=exposure">y</a><img src="/js/abs.png"><p>js/in text</p>
                { "imports": { "leaflet": "./js/vendor/leaflet.js" } }""";
        assertThat(VersionedPages.rewrite(html, VERSION)).isEqualTo("""
                <link href="static/0123456789ab/css/a.css"><script src="static/0123456789ab/js/m.js"></script><a href="exposure">x</a>
                <a href="./?tab=exposure">y</a><img src="/js/abs.png"><p>js/in text</p>
                { "imports": { "leaflet": "./static/0123456789ab/js/vendor/leaflet.js" } }""");
    }

    @Test
    void aPageHasAnETagThatChangesWithTheVersion() {
        VersionedPages one = new VersionedPages(VERSION, getClass().getClassLoader());
        VersionedPages other = new VersionedPages(new StaticVersion("ba9876543210"), getClass().getClassLoader());
        assertThat(one.page("index.html").etag()).startsWith("\"").endsWith("\"")
                .isNotEqualTo(other.page("index.html").etag());
    }
}
