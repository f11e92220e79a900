package cn.luodian.bench.synthetic;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Tiles the outline with one area per seed: the Voronoi diagram of the seeds, every Voronoi edge
 * wiggled (shared edges identically on both sides), noded with the outline and polygonized. Each
 * face goes to the seed nearest its interior point, so the areas tile the outline without gaps or
 * overlaps and neighbours share their boundary vertices exactly.
 */
final class VillageTiling {
    private static final double ROUGHNESS = 0.1;

    private VillageTiling() {
    }

    /** One area per seed, in seed order: a Polygon, or rarely a MultiPolygon where wiggles cut a corner off. */
    static List<Geometry> tile(Polygon outline, List<Coordinate> seeds, double vertexSpacingMetres, long seed) {
        GeometryFactory factory = outline.getFactory();
        STRtree seedTree = new STRtree();
        for (int i = 0; i < seeds.size(); i++) {
            seedTree.insert(new Envelope(seeds.get(i)), i);
        }
        seedTree.build();
        List<LineString> edges = wiggledVoronoiEdges(outline, seeds, seedTree, vertexSpacingMetres, seed);
        List<Geometry> lines = new ArrayList<>(edges);
        lines.add(outline.getExteriorRing());
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(OverlayNGRobust.union(factory.buildGeometry(lines)));

        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(outline);
        List<Polygon> faces = new ArrayList<>();
        STRtree faceTree = new STRtree();
        for (Object face : polygonizer.getPolygons()) {
            Polygon polygon = (Polygon) face;
            if (inside.locate(polygon.getInteriorPoint().getCoordinate()) == Location.INTERIOR) {
                faceTree.insert(polygon.getEnvelopeInternal(), faces.size());
                faces.add(polygon);
            }
        }
        // A face holding a seed belongs to it; the rest (corners cut off by a wiggle) go to the
        // seed nearest their interior point.
        int[] ownerOfFace = new int[faces.size()];
        java.util.Arrays.fill(ownerOfFace, -1);
        for (int i = 0; i < seeds.size(); i++) {
            Coordinate s = seeds.get(i);
            for (Object f : faceTree.query(new Envelope(s))) {
                int face = (Integer) f;
                if (new IndexedPointInAreaLocator(faces.get(face)).locate(s) == Location.INTERIOR) {
                    if (ownerOfFace[face] >= 0) {
                        throw new IllegalStateException("seeds " + ownerOfFace[face] + " and " + i + " share a face");
                    }
                    ownerOfFace[face] = i;
                }
            }
        }
        List<List<Geometry>> facesBySeed = new ArrayList<>();
        seeds.forEach(s -> facesBySeed.add(new ArrayList<>()));
        for (int f = 0; f < faces.size(); f++) {
            int owner = ownerOfFace[f] >= 0 ? ownerOfFace[f]
                    : nearestSeed(seedTree, seeds, faces.get(f).getInteriorPoint().getCoordinate());
            facesBySeed.get(owner).add(faces.get(f));
        }
        List<Geometry> areas = new ArrayList<>(seeds.size());
        for (int i = 0; i < seeds.size(); i++) {
            List<Geometry> own = facesBySeed.get(i);
            if (own.isEmpty()) {
                throw new IllegalStateException("seed " + i + " got no area: lower the roughness");
            }
            areas.add(own.size() == 1 ? own.get(0) : CoverageUnion.union(own.toArray(Geometry[]::new)));
        }
        return areas;
    }

    private static List<LineString> wiggledVoronoiEdges(Polygon outline, List<Coordinate> seeds, STRtree seedTree,
                                                        double vertexSpacingMetres, long seed) {
        GeometryFactory factory = outline.getFactory();
        Envelope clip = new Envelope(outline.getEnvelopeInternal());
        clip.expandBy(0.05 * Math.max(clip.getWidth(), clip.getHeight()));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds);
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(factory);
        List<Geometry> rings = new ArrayList<>(cells.getNumGeometries());
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            rings.add(((Polygon) cells.getGeometryN(i)).getExteriorRing());
        }
        Geometry noded = OverlayNGRobust.union(factory.buildGeometry(rings));
        List<LineString> edges = new ArrayList<>(noded.getNumGeometries());
        for (int i = 0; i < noded.getNumGeometries(); i++) {
            Coordinate[] c = noded.getGeometryN(i).getCoordinates();
            List<Coordinate> wiggled = new ArrayList<>();
            for (int k = 1; k < c.length; k++) {
                List<Coordinate> piece = Wiggle.edge(c[k - 1], c[k], roughness(c[k - 1], c[k], seeds, seedTree),
                        vertexSpacingMetres, seed);
                wiggled.addAll(k == 1 ? piece : piece.subList(1, piece.size()));
            }
            edges.add(factory.createLineString(wiggled.toArray(Coordinate[]::new)));
        }
        return edges;
    }

    /**
     * A Voronoi edge lies half the seed spacing from its two seeds; a long edge between two close
     * seeds gets a smaller wiggle, so that no wiggle reaches a seed (it shifts by at most twice the
     * roughness times the length, summed over the halvings).
     */
    private static double roughness(Coordinate a, Coordinate b, List<Coordinate> seeds, STRtree seedTree) {
        Coordinate mid = new Coordinate((a.x + b.x) / 2, (a.y + b.y) / 2);
        double toSeed = org.locationtech.jts.algorithm.Distance.pointToSegment(
                seeds.get(nearestSeed(seedTree, seeds, mid)), a, b);
        return Math.min(ROUGHNESS, 0.3 * toSeed / Math.max(a.distance(b), 1e-9));
    }

    private static int nearestSeed(STRtree tree, List<Coordinate> seeds, Coordinate p) {
        Object nearest = tree.nearestNeighbour(new Envelope(p), p,
                (a, b) -> {
                    Object item = a.getItem() instanceof Integer ? a.getItem() : b.getItem();
                    return seeds.get((Integer) item).distance(p);
                });
        return (Integer) nearest;
    }
}
