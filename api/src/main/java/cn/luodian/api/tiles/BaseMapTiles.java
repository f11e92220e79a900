package cn.luodian.api.tiles;

import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.describe.ReferenceSnapshot;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.raster.BaseMapIndex;
import cn.luodian.geo.tile.raster.BaseMapRenderer;
import cn.luodian.geo.tile.raster.LabelFont;
import cn.luodian.geo.tile.raster.PngTiles;
import java.awt.image.BufferedImage;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Base-map tiles of the current reference layers: drawn on first request, then served from memory.
 * The drawing index and the cache belong to one {@link ReferenceSnapshot}; when the holder hands
 * out a new snapshot (an import, the demo loaded) both are rebuilt, and the old cache goes with the
 * old snapshot, so a tile drawn from the old layers can never be served again.
 *
 * <p>The label font is loaded when the server starts: a missing or unusable font stops start-up
 * with a message naming {@code luodian.tiles.font-file}. Only in the web server (import commands
 * draw no tiles) and only while {@code luodian.tiles.basemap.enabled} is true.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "luodian.tiles.basemap.enabled", havingValue = "true", matchIfMissing = true)
public class BaseMapTiles {
    private static final Logger LOG = LoggerFactory.getLogger(BaseMapTiles.class);
    /** The first entry of a base-map tile's {@link TileKey} layers. */
    static final String LAYER = "basemap";

    private final ReferenceIndexHolder reference;
    private final LabelFont font;
    private final long cacheBytes;
    private volatile Drawing drawing;

    /** Everything drawn from one snapshot. Blank tiles (outside the data) are one shared image per scale. */
    private record Drawing(ReferenceSnapshot snapshot, BaseMapRenderer renderer, TileCache cache, Tile[] blankByScale) {
    }

    public BaseMapTiles(ReferenceIndexHolder reference, BaseMapSettings settings) {
        this.reference = reference;
        this.cacheBytes = settings.basemap().cacheMegabytes() * 1024L * 1024L;
        try {
            this.font = LabelFont.load(settings.fontFile());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("luodian.tiles.font-file: " + e.getMessage()
                    + ". The base map writes Chinese labels with it: install the Debian package fonts-wqy-microhei,"
                    + " point luodian.tiles.font-file at a .ttf/.otf/.ttc font with Chinese glyphs,"
                    + " or turn the base map off with luodian.tiles.basemap.enabled=false", e);
        }
        LOG.info("base map labels use font {} from {}", font.fontName(), settings.fontFile());
    }

    /** Builds the drawing index once the server is ready, so the first tile does not wait for it. */
    @EventListener
    public void warmUp(ApplicationReadyEvent ready) {
        current();
    }

    /** The tile at {@code scale} (1: 256 pixels, 2: 512 pixels), from the cache or drawn now. */
    public Tile tile(TileAddress tile, int scale) {
        Drawing now = current();
        if (now.renderer().isBlank(tile)) {
            return now.blankByScale()[scale];
        }
        TileKey key = TileKey.plain(List.of(LAYER, "@" + scale + "x"), tile);
        return now.cache().getOrBuild(key, () -> png(now.renderer().render(tile, scale)));
    }

    private static Tile png(BufferedImage image) {
        return Tile.of(PngTiles.encode(image), Tile.Spelling.HEX);
    }

    private Drawing current() {
        ReferenceSnapshot snapshot = reference.get();
        Drawing now = drawing;
        if (now == null || now.snapshot() != snapshot) {
            synchronized (this) {
                now = drawing;
                if (now == null || now.snapshot() != snapshot) {
                    now = prepare(snapshot);
                    drawing = now;
                }
            }
        }
        return now;
    }

    private Drawing prepare(ReferenceSnapshot snapshot) {
        long start = System.nanoTime();
        BaseMapRenderer renderer = new BaseMapRenderer(BaseMapIndex.build(snapshot.index().layers()), font);
        Tile[] blank = new Tile[BaseMapTileName.MAX_SCALE + 1];
        for (int scale = 1; scale <= BaseMapTileName.MAX_SCALE; scale++) {
            blank[scale] = png(renderer.blank(scale));
        }
        LOG.info("base map index built in {} ms", (System.nanoTime() - start) / 1_000_000);
        // PNG bytes only, no per-tile overhead: what cache-megabytes has always counted.
        return new Drawing(snapshot, renderer, new TileCache(cacheBytes, 0), blank);
    }
}
