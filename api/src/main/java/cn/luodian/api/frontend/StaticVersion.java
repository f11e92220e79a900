package cn.luodian.api.frontend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The version in the frontend's immutable URLs ({@code static/<version>/js/main.js}): a hash of
 * every file the browser may load from {@code META-INF/resources} — the workspace's own files by
 * their content, the webjars by their paths (a webjar's path carries its version, and a released
 * webjar never changes). Computed once at start from the classpath, so every server started from the
 * same jar has the same version, and any change to any of those files gives a new one.
 */
public record StaticVersion(String value) {
    /** Hex digits kept of the SHA-256: 48 bits, far more than releases will ever number. */
    static final int LENGTH = 12;
    private static final Pattern WELL_FORMED = Pattern.compile("[0-9a-f]{" + LENGTH + "}");
    private static final String ROOT = "META-INF/resources/";
    /** The content stands in for files that are identified by their path alone. */
    private static final byte[] NAME_ONLY = {};

    public StaticVersion {
        if (!WELL_FORMED.matcher(value).matches()) {
            throw new IllegalArgumentException("不是静态文件的版本号：" + value);
        }
    }

    /** Whether `segment` has the form of a version (of this or another release). */
    static boolean looksLikeOne(String segment) {
        return WELL_FORMED.matcher(segment).matches();
    }

    /** The URL prefix relative to the site root, {@code static/<version>/}. */
    String prefix() {
        return "static/" + value + "/";
    }

    /**
     * The version of the given files (path relative to META-INF/resources → content); a webjar's
     * files count by path only. The same files give the same version in any order.
     */
    static StaticVersion of(Map<String, byte[]> files) {
        MessageDigest all = sha256();
        for (Map.Entry<String, byte[]> file : new TreeMap<>(files).entrySet()) {
            all.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            all.update((byte) 0);
            if (!isWebjar(file.getKey())) {
                all.update(sha256().digest(file.getValue()));
            }
            all.update((byte) '\n');
        }
        return new StaticVersion(HexFormat.of().formatHex(all.digest()).substring(0, LENGTH));
    }

    /** Hashes the files under every META-INF/resources on the classpath (the frontend jar and the webjars). */
    static StaticVersion fromClasspath(ClassLoader loader) {
        try {
            SortedMap<String, byte[]> files = new TreeMap<>();
            for (Resource resource : new PathMatchingResourcePatternResolver(loader).getResources("classpath*:" + ROOT + "**")) {
                String url = resource.getURL().toString();
                int at = url.lastIndexOf(ROOT);
                if (at < 0 || url.endsWith("/") || !resource.isReadable()) {
                    continue;
                }
                String path = url.substring(at + ROOT.length());
                // Two jars with the same path: the one first on the classpath is served; hash both.
                String key = files.containsKey(path) ? path + "\u0000" + url : path;
                files.put(key, isWebjar(path) ? NAME_ONLY : read(resource));
            }
            if (files.isEmpty()) {
                throw new IllegalStateException("no frontend files under " + ROOT + " on the classpath");
            }
            return of(files);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isWebjar(String path) {
        return path.startsWith("webjars/");
    }

    private static byte[] read(Resource resource) throws IOException {
        try (InputStream in = resource.getInputStream()) {
            return in.readAllBytes();
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
