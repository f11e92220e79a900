package cn.luodian.api.tiles;

import cn.luodian.geo.tile.MercatorGeometry;
import cn.luodian.geo.tile.PointShift;
import cn.luodian.geo.tile.TileAddress;
import cn.luodian.geo.tile.TileFrame;
import cn.luodian.geo.tile.WebMercator;
import cn.luodian.geo.tile.raster.ColourRamp;
import cn.luodian.geo.tile.raster.PngTiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The significant cells of one Gi* result (bin ≠ 0) with their WGS-84 geometry, projected to
 * Mercator and indexed per frame on first use. Immutable after construction apart from that lazy,
 * synchronised index.
 */
final class HotspotCells {

    record Cell(Geometry lonLat, int bin) {
    }

    private record Placed(Geometry mercator, int bin) {
    }

    private final Object snapshot;
    private final List<Cell> cells;
    private final Map<PointShift, STRtree> indexes = new EnumMap<>(PointShift.class);

    private HotspotCells(Object snapshot, List<Cell> cells) {
        this.snapshot = snapshot;
        this.cells = List.copyOf(cells);
    }

    static HotspotCells of(Object snapshot, List<Cell> cells) {
        return new HotspotCells(snapshot, cells);
    }

    /** The reference snapshot the cells were taken from. */
    Object snapshot() {
        return snapshot;
    }

    /** The tile's PNG at {@code sizePixels}², or null when no significant cell touches it. */
    byte[] draw(TileAddress address, int sizePixels, PointShift shift, ColourRamp bins) {
        TileFrame frame = TileFrame.of(address, sizePixels);
        @SuppressWarnings("unchecked")
        List<Placed> hits = index(shift).query(frame.boundsMetres());
        if (hits.isEmpty()) {
            return null;
        }
        BufferedImage image = new BufferedImage(sizePixels, sizePixels, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        // Hard edges: neighbouring cells and tiles meet without half-transparent seams, and a
        // pixel inside a cell has exactly its bin's colour.
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        ShapeWriter shapes = new ShapeWriter((src, dest) -> dest.setLocation(frame.pixelX(src.x), frame.pixelY(src.y)));
        for (Placed cell : hits) {
            g.setColor(new Color(bins.argb(cell.bin()), true));
            g.fill(shapes.toShape(cell.mercator()));
        }
        g.dispose();
        return PngTiles.encode(image);
    }

    private synchronized STRtree index(PointShift shift) {
        return indexes.computeIfAbsent(shift, s -> {
            STRtree tree = new STRtree();
            for (Cell cell : cells) {
                Geometry mercator = MercatorGeometry.of(cell.lonLat(), s);
                tree.insert(mercator.getEnvelopeInternal(), new Placed(mercator, cell.bin()));
            }
            tree.build();
            return tree;
        });
    }

}
