package cn.luodian.api.tiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.springframework.stereotype.Component;

/**
 * Encoded vector tiles in memory, at most {@code luodian.tiles.cache-max-bytes}, least recently used
 * evicted first. Invalidation races with building: a request notes {@link #stamp()} before it reads
 * the data, and {@link #put} drops its tile if any eviction happened since, so a tile built from
 * data that changed meanwhile is never stored (it is simply built again next time).
 */
@Component
public class TileCache {
    private final long maxBytes;
    private final LinkedHashMap<TileKey, CachedTile> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long stamp;

    public TileCache(TileSettings settings) {
        this.maxBytes = settings.cacheMaxBytes();
    }

    synchronized long stamp() {
        return stamp;
    }

    synchronized Optional<CachedTile> get(TileKey key) {
        return Optional.ofNullable(tiles.get(key));
    }

    /** Stores the tile unless something was evicted since {@code stampBeforeReading}. */
    synchronized void put(TileKey key, CachedTile tile, long stampBeforeReading) {
        if (stampBeforeReading != stamp || tile.weightBytes() > maxBytes) {
            return;
        }
        CachedTile previous = tiles.put(key, tile);
        bytes += tile.weightBytes() - (previous == null ? 0 : previous.weightBytes());
        Iterator<Map.Entry<TileKey, CachedTile>> eldest = tiles.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().weightBytes();
            eldest.remove();
        }
    }

    /** Removes the tiles whose key matches; returns how many. */
    public synchronized int evictIf(Predicate<TileKey> stale) {
        stamp++;
        int removed = 0;
        Iterator<Map.Entry<TileKey, CachedTile>> all = tiles.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<TileKey, CachedTile> entry = all.next();
            if (stale.test(entry.getKey())) {
                bytes -= entry.getValue().weightBytes();
                all.remove();
                removed++;
            }
        }
        return removed;
    }

    public synchronized int size() {
        return tiles.size();
    }

    public synchronized long sizeBytes() {
        return bytes;
    }
}
