package cn.luodian.api.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.tile.TileAddress;
import org.junit.jupiter.api.Test;

class BaseMapTileCacheTest {

    static BaseMapTileCache.Key key(int x) {
        return new BaseMapTileCache.Key(new TileAddress(5, x, 0), 1);
    }

    @Test
    void theLeastRecentlyUsedTilesGoWhenTheBytesRunOut() {
        BaseMapTileCache cache = new BaseMapTileCache(100);
        cache.put(key(1), BaseMapTile.of(new byte[40]));
        cache.put(key(2), BaseMapTile.of(new byte[40]));
        assertThat(cache.get(key(1))).isNotNull(); // 1 is now the more recent
        cache.put(key(3), BaseMapTile.of(new byte[40]));
        assertThat(cache.get(key(2))).isNull();
        assertThat(cache.get(key(1))).isNotNull();
        assertThat(cache.get(key(3))).isNotNull();
        assertThat(cache.sizeBytes()).isEqualTo(80);
    }

    @Test
    void aTileLargerThanTheWholeCacheIsNotKept() {
        BaseMapTileCache cache = new BaseMapTileCache(10);
        cache.put(key(1), BaseMapTile.of(new byte[11]));
        assertThat(cache.size()).isZero();
    }

    @Test
    void equalPicturesShareAnEtag() {
        assertThat(BaseMapTile.of(new byte[] {1, 2}).etag()).isEqualTo(BaseMapTile.of(new byte[] {1, 2}).etag())
                .isNotEqualTo(BaseMapTile.of(new byte[] {2, 1}).etag());
    }
}
