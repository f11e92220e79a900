package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.osm.OsmGeometries.UnusableGeometryException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

/**
 * A relation's area: outer member ways (role "outer" or empty) joined into shells, inner ones into
 * holes, each hole put in the smallest shell that covers it. Broken rings are left out and
 * reported; with {@code strict}, any broken outer ring fails the whole area instead, because a
 * part of an admin area would answer "which township is this point in" wrongly.
 */
final class MultipolygonAssembler {
    private final Map<Long, long[]> memberWays;
    private final OsmGeometries geometries;
    private final ExtractReport report;

    MultipolygonAssembler(Map<Long, long[]> memberWays, OsmGeometries geometries, ExtractReport report) {
        this.memberWays = memberWays;
        this.geometries = geometries;
        this.report = report;
    }

    Geometry assemble(AreaRelation relation, boolean strict) throws UnusableGeometryException {
        List<Coordinate[]> outerPieces = new ArrayList<>();
        List<Coordinate[]> innerPieces = new ArrayList<>();
        int missingOuter = 0;
        int missingInner = 0;
        for (OsmMember member : relation.wayMembers()) {
            boolean inner = member.role().equals("inner");
            if (!inner && !member.role().isEmpty() && !member.role().equals("outer")) {
                continue;
            }
            long[] nodeIds = memberWays.get(member.id());
            if (nodeIds == null) {
                missingOuter += inner ? 0 : 1;
                missingInner += inner ? 1 : 0;
            } else {
                (inner ? innerPieces : outerPieces).add(geometries.coordinates(nodeIds));
            }
        }
        if (missingOuter > 0 && strict) {
            // Even if the rest closes, a missing outer way may be a whole part of the area.
            throw new UnusableGeometryException(missingOuter + " outer member way(s) missing from the file");
        }
        GeometryFactory factory = geometries.factory();
        RingJoiner.Rings outers = RingJoiner.join(outerPieces, factory);
        RingJoiner.Rings inners = RingJoiner.join(innerPieces, factory);
        String missing = missingOuter == 0 ? "" : " (" + missingOuter + " outer member way(s) missing from the file)";
        if (outers.closed().isEmpty()) {
            throw new UnusableGeometryException("the outer ways do not close into a ring" + missing);
        }
        if (outers.unclosedChains() > 0 || missingOuter > 0) {
            String what = outers.unclosedChains() + " outer ring(s) do not close" + missing;
            if (strict) {
                throw new UnusableGeometryException(what);
            }
            report.note(relation.element(), what + ": area built from the closed rings");
        }
        if (inners.unclosedChains() > 0 || missingInner > 0) {
            report.note(relation.element(), inners.unclosedChains() + " inner ring(s) do not close, "
                    + missingInner + " inner member way(s) missing from the file: holes may be missing");
        }
        Geometry area = withHoles(relation, outers.closed(), inners.closed(), factory);
        return geometries.repairedArea(area, relation.element());
    }

    private Geometry withHoles(AreaRelation relation, List<LinearRing> shells, List<LinearRing> holes,
            GeometryFactory factory) {
        List<Polygon> shellAreas = shells.stream().map(factory::createPolygon)
                .sorted(Comparator.comparingDouble(Polygon::getArea)).toList();
        List<List<LinearRing>> holesByShell = new ArrayList<>();
        shellAreas.forEach(s -> holesByShell.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            int shell = smallestCovering(shellAreas, factory.createPolygon(hole));
            if (shell < 0) {
                report.note(relation.element(), "an inner ring lies outside every outer ring: no hole made");
            } else {
                holesByShell.get(shell).add(hole);
            }
        }
        Polygon[] polygons = new Polygon[shellAreas.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = factory.createPolygon(shellAreas.get(i).getExteriorRing(),
                    holesByShell.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : factory.createMultiPolygon(polygons);
    }

    /** Shells are sorted smallest first, so the first that covers the hole is the one it belongs to. */
    private static int smallestCovering(List<Polygon> shellAreas, Polygon hole) {
        for (int i = 0; i < shellAreas.size(); i++) {
            if (shellAreas.get(i).covers(hole)) {
                return i;
            }
        }
        return -1;
    }
}
