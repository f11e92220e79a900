package cn.luodian.api.tiles;

import cn.luodian.geo.tile.TileAddress;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Rendered base-map tiles in memory, bounded by their total size in bytes; the least recently used
 * go first. One cache belongs to one reference snapshot: when the layers change the whole cache
 * is dropped with it, so a tile drawn from the old layers can never be served again.
 */
public final class BaseMapTileCache {

    /** A tile at a pixel scale: 1 for 256 pixels, 2 for {@code @2x}. */
    public record Key(TileAddress tile, int scale) {
    }

    private final long maxBytes;
    private final LinkedHashMap<Key, BaseMapTile> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;

    public BaseMapTileCache(long maxBytes) {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("cache size must be positive, was " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    public synchronized BaseMapTile get(Key key) {
        return tiles.get(key);
    }

    public synchronized void put(Key key, BaseMapTile tile) {
        if (tile.sizeBytes() > maxBytes) {
            return;
        }
        BaseMapTile old = tiles.put(key, tile);
        bytes += tile.sizeBytes() - (old == null ? 0 : old.sizeBytes());
        Iterator<Map.Entry<Key, BaseMapTile>> eldest = tiles.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().sizeBytes();
            eldest.remove();
        }
    }

    public synchronized int size() {
        return tiles.size();
    }

    public synchronized long sizeBytes() {
        return bytes;
    }
}
