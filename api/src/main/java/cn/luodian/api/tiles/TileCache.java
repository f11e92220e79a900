package cn.luodian.api.tiles;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Encoded tiles in memory, bounded by bytes, least recently used evicted first. Two kinds of
 * instance: the bean holds the vector and heat tiles ({@code luodian.tiles.cache-max-bytes}, each
 * tile weighed with {@value #VECTOR_OVERHEAD_BYTES} bytes of bookkeeping), and {@link BaseMapTiles}
 * makes one per reference snapshot ({@code luodian.tiles.basemap.cache-megabytes}, PNG bytes only).
 * The base map keeps its own instance rather than snapshot keys in the bean: a new snapshot then
 * drops the old tiles at once instead of leaving them to age out, and each setting keeps bounding
 * what it always bounded.
 *
 * <p>Invalidation races with building: a request notes {@link #stamp()} before it reads the data,
 * and {@link #put} drops its tile if any eviction happened since, so a tile built from data that
 * changed meanwhile is never stored (it is simply built again next time).
 */
@Component
public class TileCache {
    static final long VECTOR_OVERHEAD_BYTES = 200;

    private final long maxBytes;
    private final long overheadBytes;
    private final LinkedHashMap<TileKey, Tile> tiles = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long stamp;

    @Autowired
    public TileCache(TileSettings settings) {
        this(settings.cacheMaxBytes(), VECTOR_OVERHEAD_BYTES);
    }

    /**
     * @param maxBytes      the most bytes kept (0: nothing is kept)
     * @param overheadBytes what each tile weighs besides its bytes
     */
    TileCache(long maxBytes, long overheadBytes) {
        if (maxBytes < 0 || overheadBytes < 0) {
            throw new IllegalArgumentException("缓存大小不能为负数，实为 " + maxBytes + " 和 " + overheadBytes);
        }
        this.maxBytes = maxBytes;
        this.overheadBytes = overheadBytes;
    }

    synchronized long stamp() {
        return stamp;
    }

    synchronized Optional<Tile> get(TileKey key) {
        return Optional.ofNullable(tiles.get(key));
    }

    /**
     * The cached tile, else the one {@code build} makes, stored unless an eviction happened while it
     * was built. Two requests for the same new tile may both build it: cheaper than making one wait.
     */
    Tile getOrBuild(TileKey key, Supplier<Tile> build) {
        Tile cached = get(key).orElse(null);
        if (cached != null) {
            return cached;
        }
        long stampBeforeReading = stamp();
        Tile built = build.get();
        put(key, built, stampBeforeReading);
        return built;
    }

    /** Stores the tile unless something was evicted since {@code stampBeforeReading}. */
    synchronized void put(TileKey key, Tile tile, long stampBeforeReading) {
        if (stampBeforeReading != stamp || weight(tile) > maxBytes) {
            return;
        }
        Tile previous = tiles.put(key, tile);
        bytes += weight(tile) - (previous == null ? 0 : weight(previous));
        Iterator<Map.Entry<TileKey, Tile>> eldest = tiles.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= weight(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** Removes the tiles whose key matches; returns how many. */
    public synchronized int evictIf(Predicate<TileKey> stale) {
        stamp++;
        int removed = 0;
        Iterator<Map.Entry<TileKey, Tile>> all = tiles.entrySet().iterator();
        while (all.hasNext()) {
            Map.Entry<TileKey, Tile> entry = all.next();
            if (stale.test(entry.getKey())) {
                bytes -= weight(entry.getValue());
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

    private long weight(Tile tile) {
        return tile.bytes().length + overheadBytes;
    }
}
