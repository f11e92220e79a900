package cn.luodian.api.tiles;

import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How every tile is answered (vector, base map, heat, hotspots): 204 for an empty tile, 304 when
 * If-None-Match names its ETag, else 200 with the bytes; Cache-Control on all three and the ETag on
 * 200 and 304, so a client revalidates the same way whatever the answer was. One instance per
 * content type and max-age, made when the controller is.
 *
 * @param wildcardMatches whether {@code If-None-Match: *} is a match (RFC 9110). The base map has
 *                        never counted it (Spring answered its 304s, and Spring does not), and keeps
 *                        that: see {@link #ignoringWildcard()}
 */
record TileResponses(MediaType type, CacheControl cacheControl, boolean wildcardMatches) {

    /**
     * Tiles of {@code type} that browsers may reuse for {@code maxAge}: public while reference reads
     * are open; with closed reads a tile needs a sign-in, so shared caches must not keep it.
     */
    static TileResponses of(MediaType type, Duration maxAge, boolean openReads) {
        CacheControl control = CacheControl.maxAge(maxAge);
        return new TileResponses(type, openReads ? control.cachePublic() : control.cachePrivate(), true);
    }

    TileResponses ignoringWildcard() {
        return new TileResponses(type, cacheControl, false);
    }

    ResponseEntity<byte[]> answer(Tile tile, String ifNoneMatch) {
        if (tile.isEmpty()) {
            return ResponseEntity.noContent().cacheControl(cacheControl).build();
        }
        if (matches(ifNoneMatch, tile.etag())) {
            return ResponseEntity.status(304).eTag(tile.etag()).cacheControl(cacheControl).build();
        }
        return ResponseEntity.ok().contentType(type).eTag(tile.etag()).cacheControl(cacheControl).body(tile.bytes());
    }

    /** If-None-Match: a list of tags (or "*"), compared weakly (RFC 9110 §13.1.2). */
    boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || etag == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if ((tag.equals("*") && wildcardMatches) || (tag.startsWith("W/") ? tag.substring(2) : tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
