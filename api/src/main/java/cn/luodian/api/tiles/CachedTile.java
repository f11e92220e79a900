package cn.luodian.api.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * An encoded tile and its strong ETag (the first 128 bits of the SHA-256 of the bytes): the same
 * bytes always get the same tag, across restarts too. An empty tile has no bytes and no tag.
 */
record CachedTile(byte[] bytes, String etag) {
    static final CachedTile EMPTY = new CachedTile(new byte[0], null);

    static CachedTile of(byte[] bytes) {
        if (bytes.length == 0) {
            return EMPTY;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            byte[] half = new byte[16];
            System.arraycopy(digest, 0, half, 0, half.length);
            return new CachedTile(bytes, "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(half) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    boolean isEmpty() {
        return bytes.length == 0;
    }

    /** Bytes this entry holds in memory, roughly: the tile and a little bookkeeping. */
    long weightBytes() {
        return bytes.length + 200L;
    }
}
