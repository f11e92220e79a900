package cn.luodian.api.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The frontend's HTML pages with their scripts, module preloads, stylesheets and import map pointing
 * at the versioned URLs, rewritten once at start. The pages themselves keep their plain relative
 * paths ({@code js/main.js}) in the source, so they still work as files and the modulepreload test
 * reads them as they are; only what the server sends carries the version.
 */
final class VersionedPages {
    /** The pages served this way, by the path they are asked for (without the leading slash). */
    static final List<String> PAGES = List.of("index.html", "exposure-desk.html", "case-sheet.html");
    /**
     * A relative reference to one of the static folders in an attribute ({@code src="js/…"},
     * {@code href="css/…"}, {@code href="webjars/…"}) or an import map address ({@code "./js/…"}).
     */
    private static final Pattern STATIC_REFERENCE = Pattern.compile("(\\b(?:src|href)=\"|\"\\./)(js|css|webjars)/");

    /**
     * One page as sent: its bytes, an ETag for revalidation, and the Content-Security-Policy hashes
     * of its inline scripts ({@code 'sha256-…'}, space-separated; empty when it has none).
     */
    record Page(byte[] html, String etag, String scriptHashes) {
    }

    /** An inline script (no src): the workspace's import map. */
    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>(.*?)</script>", Pattern.DOTALL);

    private final Map<String, Page> pages = new LinkedHashMap<>();

    VersionedPages(StaticVersion version, ClassLoader loader) {
        for (String name : PAGES) {
            String html = rewrite(read(loader, "META-INF/resources/" + name), version);
            byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
            pages.put(name, new Page(bytes, "\"" + HexFormat.of().formatHex(sha256(bytes), 0, 8) + "\"", scriptHashes(html)));
        }
    }

    Page page(String name) {
        Page page = pages.get(name);
        if (page == null) {
            throw new IllegalArgumentException("不是带版本号的页面：" + name);
        }
        return page;
    }

    /** The page with every relative reference to js/, css/ and webjars/ moved under the version's prefix. */
    static String rewrite(String html, StaticVersion version) {
        return STATIC_REFERENCE.matcher(html).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + version.prefix() + m.group(2) + "/"));
    }

    /** The CSP source expressions that allow exactly the page's inline scripts, as the browser hashes them. */
    static String scriptHashes(String html) {
        List<String> hashes = new java.util.ArrayList<>();
        Matcher m = INLINE_SCRIPT.matcher(html);
        while (m.find()) {
            hashes.add("'sha256-" + java.util.Base64.getEncoder().encodeToString(sha256(m.group(1).getBytes(StandardCharsets.UTF_8))) + "'");
        }
        return String.join(" ", hashes);
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("the frontend page " + path + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
