package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.tile.TileAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one tile cache and the one tile value, as the base map and the vector tiles use them. */
class TileCacheTest {

    static TileKey key(int x) {
        return TileKey.plain(List.of(BaseMapTiles.LAYER, "@1x"), new TileAddress(5, x, 0));
    }

    static Tile png(byte[] bytes) {
        return Tile.of(bytes, Tile.Spelling.HEX);
    }

    static void put(TileCache cache, TileKey key, Tile tile) {
        cache.put(key, tile, cache.stamp());
    }

    @Test
    void theLeastRecentlyUsedTilesGoWhenTheBytesRunOut() {
        TileCache cache = new TileCache(100, 0);
        put(cache, key(1), png(new byte[40]));
        put(cache, key(2), png(new byte[40]));
        assertThat(cache.get(key(1))).isPresent(); // 1 is now the more recent
        put(cache, key(3), png(new byte[40]));
        assertThat(cache.get(key(2))).isEmpty();
        assertThat(cache.get(key(1))).isPresent();
        assertThat(cache.get(key(3))).isPresent();
        assertThat(cache.sizeBytes()).isEqualTo(80);
    }

    @Test
    void aTileLargerThanTheWholeCacheIsNotKept() {
        TileCache cache = new TileCache(10, 0);
        put(cache, key(1), png(new byte[11]));
        assertThat(cache.size()).isZero();
    }

    @Test
    void equalPicturesShareAnEtag() {
        assertThat(png(new byte[] {1, 2}).etag()).isEqualTo(png(new byte[] {1, 2}).etag())
                .isNotEqualTo(png(new byte[] {2, 1}).etag());
    }

    @Test
    void vectorTilesWeighTheirBookkeepingAndEmptyTilesAreKeptToo() {
        TileCache cache = new TileCache(1_000, TileCache.VECTOR_OVERHEAD_BYTES);
        put(cache, key(1), Tile.of(new byte[50]));
        put(cache, key(2), Tile.EMPTY);
        assertThat(cache.sizeBytes()).isEqualTo(50 + 2 * TileCache.VECTOR_OVERHEAD_BYTES);
        assertThat(cache.get(key(2))).contains(Tile.EMPTY);
    }

    @Test
    void aTileBuiltAcrossAnEvictionIsServedButNotKept() {
        TileCache cache = new TileCache(1_000, 0);
        Tile built = cache.getOrBuild(key(1), () -> {
            cache.evictIf(k -> true); // the data changed while the tile was being built
            return png(new byte[] {1});
        });
        assertThat(built.bytes()).containsExactly(1);
        assertThat(cache.size()).isZero();
        Tile again = cache.getOrBuild(key(1), () -> png(new byte[] {2}));
        assertThat(cache.getOrBuild(key(1), () -> png(new byte[] {3}))).isSameAs(again);
    }

    @Test
    void bothSpellingsWriteTheSame128Bits() {
        String hex = png(new byte[] {7}).etag();
        String base64 = Tile.of(new byte[] {7}).etag();
        assertThat(hex).matches("\"[0-9a-f]{32}\"");
        assertThat(base64).matches("\"[A-Za-z0-9_-]{22}\"");
        byte[] fromBase64 = java.util.Base64.getUrlDecoder().decode(base64.substring(1, base64.length() - 1));
        assertThat(java.util.HexFormat.of().formatHex(fromBase64)).isEqualTo(hex.substring(1, hex.length() - 1));
        assertThat(Tile.of(new byte[0])).isSameAs(Tile.EMPTY);
    }
}
