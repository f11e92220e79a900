package cn.luodian.api.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;

/**
 * One encoded tile (vector, base map, heat or hotspot) and its strong ETag: the first 128 bits of
 * the SHA-256 of the bytes, so the same bytes get the same tag across restarts and the tag changes
 * exactly when the bytes do. An empty tile has no bytes and no tag (answered 204).
 *
 * <p>The tag is one hash written one of two ways: the base map has always sent hex and the other
 * tiles base64url; both spellings are in browsers' caches and pinned by the API tests, so each
 * kind keeps its own ({@link Spelling}) rather than every cached tile revalidating once.
 *
 * @param bytes the encoded tile (MVT or PNG); not copied, never modified
 */
public record Tile(byte[] bytes, String etag) {
    static final Tile EMPTY = new Tile(new byte[0], null);

    /** How the 128 bits of the tag are written between the quotes. */
    enum Spelling {
        /** 22 characters: vector, heat and hotspot tiles. */
        BASE64URL,
        /** 32 lower-case hex digits: the base map. */
        HEX
    }

    static Tile of(byte[] bytes, Spelling spelling) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        byte[] half = new byte[16];
        System.arraycopy(sha256(bytes), 0, half, 0, half.length);
        String tag = spelling == Spelling.HEX ? HexFormat.of().formatHex(half)
                : Base64.getUrlEncoder().withoutPadding().encodeToString(half);
        return new Tile(bytes, "\"" + tag + "\"");
    }

    /** A vector or overlay tile ({@link Spelling#BASE64URL}). */
    static Tile of(byte[] bytes) {
        return of(bytes, Spelling.BASE64URL);
    }

    boolean isEmpty() {
        return bytes.length == 0;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
