package cn.luodian.bench.synthetic;

import java.util.Random;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Random points inside the outline (metric), a mix of a Gaussian cluster around the city centre
 * and a uniform spread: dense in the city, sparse in the hills, like real features.
 */
final class SeedField {
    private final IndexedPointInAreaLocator inside;
    private final Envelope extent;
    private final Coordinate centre;
    private final double sigmaMetres;

    SeedField(Polygon outline, Coordinate centre, double sigmaMetres) {
        this.inside = new IndexedPointInAreaLocator(outline);
        this.extent = outline.getEnvelopeInternal();
        this.centre = centre;
        this.sigmaMetres = sigmaMetres;
    }

    /** A point inside the outline; with probability {@code clustered} from the centre's cluster. */
    Coordinate next(Random random, double clustered, double sigmaFactor) {
        while (true) {
            Coordinate c = random.nextDouble() < clustered
                    ? new Coordinate(centre.x + random.nextGaussian() * sigmaMetres * sigmaFactor,
                            centre.y + random.nextGaussian() * sigmaMetres * sigmaFactor)
                    : new Coordinate(extent.getMinX() + random.nextDouble() * extent.getWidth(),
                            extent.getMinY() + random.nextDouble() * extent.getHeight());
            if (contains(c)) {
                return c;
            }
        }
    }

    boolean contains(Coordinate c) {
        return inside.locate(c) == Location.INTERIOR;
    }

    Coordinate centre() {
        return centre;
    }
}
