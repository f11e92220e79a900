package cn.luodian.geo.demo;

import cn.luodian.geo.grid.CanonicalPolygons;
import cn.luodian.geo.grid.FaceAdjacency;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a polygon among owners along the Voronoi diagram of their seed points; an owner with
 * several seeds gets the union of their cells, which lets a hand-placed township take any shape.
 *
 * <p>The area's boundary and every Voronoi edge are noded together once and polygonized, so
 * neighbouring parts share exactly the same vertices. Where the area's boundary cuts an owner's
 * cells into several pieces, the smaller pieces go to the neighbour they share the longest edge
 * with, and every owner ends up with one Polygon.
 */
final class VoronoiPartitioner {
    private static final int MAX_ROUNDS = 50;

    record Seed(String owner, Coordinate location) {
    }

    private VoronoiPartitioner() {
    }

    /** Each owner's part, in the order owners first appear among the seeds. */
    static Map<String, Polygon> partition(Polygon area, List<Seed> seeds) {
        List<String> owners = seeds.stream().map(Seed::owner).distinct().toList();
        List<Polygon> faces = faces(area, seeds);
        int[] ownerOfFace = new int[faces.size()];
        for (int f = 0; f < faces.size(); f++) {
            ownerOfFace[f] = owners.indexOf(nearestSeed(faces.get(f).getInteriorPoint().getCoordinate(), seeds).owner());
        }
        List<Map<Integer, Double>> shared = FaceAdjacency.sharedEdgeLengths(faces);
        int round = 0;
        while (reassignDetachedPieces(faces, shared, ownerOfFace, owners.size())) {
            if (++round > MAX_ROUNDS) {
                throw new IllegalStateException("detached pieces keep moving after " + MAX_ROUNDS + " rounds");
            }
        }
        Map<String, Polygon> parts = new LinkedHashMap<>();
        for (int o = 0; o < owners.size(); o++) {
            List<Geometry> own = new ArrayList<>();
            for (int f = 0; f < faces.size(); f++) {
                if (ownerOfFace[f] == o) {
                    own.add(faces.get(f));
                }
            }
            if (own.isEmpty()) {
                throw new IllegalStateException("owner " + owners.get(o) + " got no part of the area: are its seeds inside it?");
            }
            Geometry union = own.size() == 1 ? own.get(0)
                    : CoverageUnion.union(area.getFactory().buildGeometry(own));
            if (!(union instanceof Polygon polygon)) {
                throw new IllegalStateException("owner " + owners.get(o) + " got a " + union.getGeometryType());
            }
            parts.put(owners.get(o), CanonicalPolygons.canonical(polygon));
        }
        return parts;
    }

    private static List<Polygon> faces(Polygon area, List<Seed> seeds) {
        GeometryFactory factory = area.getFactory();
        Envelope clip = new Envelope(area.getEnvelopeInternal());
        clip.expandBy(Math.max(clip.getWidth(), clip.getHeight()));
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds.stream().map(Seed::location).toList());
        builder.setClipEnvelope(clip);
        Geometry cells = builder.getDiagram(factory);

        List<LineString> lines = new ArrayList<>();
        lines.add(area.getExteriorRing());
        for (int h = 0; h < area.getNumInteriorRing(); h++) {
            lines.add(area.getInteriorRingN(h));
        }
        for (int i = 0; i < cells.getNumGeometries(); i++) {
            lines.add(((Polygon) cells.getGeometryN(i)).getExteriorRing());
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(OverlayNGRobust.union(factory.buildGeometry(lines)));
        PreparedGeometry inside = PreparedGeometryFactory.prepare(area);
        List<Polygon> faces = new ArrayList<>();
        for (Object face : polygonizer.getPolygons()) {
            Polygon polygon = (Polygon) face;
            if (inside.contains(polygon.getInteriorPoint())) {
                faces.add(CanonicalPolygons.canonical(polygon));
            }
        }
        faces.sort(CanonicalPolygons.ORDER);
        return faces;
    }

    private static Seed nearestSeed(Coordinate point, List<Seed> seeds) {
        Seed nearest = seeds.get(0);
        for (Seed seed : seeds) {
            if (seed.location().distance(point) < nearest.location().distance(point)) {
                nearest = seed;
            }
        }
        return nearest;
    }

    /** Gives every piece of an owner but its largest to a neighbour; true if anything moved. */
    private static boolean reassignDetachedPieces(List<Polygon> faces, List<Map<Integer, Double>> shared,
            int[] ownerOfFace, int ownerCount) {
        boolean moved = false;
        for (int o = 0; o < ownerCount; o++) {
            List<List<Integer>> pieces = FacePieces.connected(shared, ownerOfFace, o);
            if (pieces.size() < 2) {
                continue;
            }
            pieces.sort((a, b) -> Double.compare(FacePieces.area(faces, b), FacePieces.area(faces, a)));
            for (List<Integer> piece : pieces.subList(1, pieces.size())) {
                int receiver = FacePieces.ownerSharingLongestEdge(piece, shared, ownerOfFace);
                if (receiver >= 0) {
                    piece.forEach(f -> ownerOfFace[f] = receiver);
                    moved = true;
                }
            }
        }
        return moved;
    }
}
