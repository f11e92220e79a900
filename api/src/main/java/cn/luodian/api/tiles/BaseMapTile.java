package cn.luodian.api.tiles;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One encoded base-map tile and its entity tag (a hash of the bytes, so equal tiles, such as all the
 * blank ones, share a tag and the tag changes exactly when the picture does).
 */
public record BaseMapTile(byte[] png, String etag) {

    public static BaseMapTile of(byte[] png) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(png);
            return new BaseMapTile(png, "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public int sizeBytes() {
        return png.length;
    }
}
