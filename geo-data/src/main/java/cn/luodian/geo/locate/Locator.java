package cn.luodian.geo.locate;

import cn.luodian.geo.describe.DescribeOptions;
import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.Description;
import cn.luodian.geo.describe.Description.Place;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.describe.Side;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.ReferenceFeature;
import cn.luodian.geo.locate.LocateResult.Candidate;
import cn.luodian.geo.locate.LocateResult.Resolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.locationtech.jts.algorithm.MinimumBoundingCircle;
import org.locationtech.jts.algorithm.construct.MaximumInscribedCircle;
import org.locationtech.jts.algorithm.locate.SimplePointInAreaLocator;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Words → place. Parses the sentence, resolves its names against the data (the village first,
 * correcting a wrong township), then intersects the places where each stated relation holds: inside
 * the village, at the stated distance from the road and from the waterway, on the stated side of
 * the landmark. Each separate piece that also describes back to the same named features is a
 * solution. Thread-safe: holds only immutable state.
 */
public final class Locator {
    /** Said when the text names no township, village, road, waterway or landmark of the data. */
    public static final String NOTHING_KNOWN = "描述中没有可识别的地名";
    private static final int MAX_VERTEX_SAMPLES = 24;
    private static final int LATTICE_CELLS = 16;
    /** How close to the true most-inland point of a solution is close enough. */
    private static final double INLAND_TOLERANCE_METRES = 0.5;
    /** How far inside a solution's edge a spot is taken, clear of the rounding at its edge. */
    private static final double INSET_METRES = 0.4;
    private static final int MAX_EDGE_SPOTS = 64;
    private final ReferenceIndex index;
    private final DescribeOptions options;
    private final NameResolver names;
    private final LocationSentenceParser parser;
    private final Describer describer;
    private final GeometryFactory factory = new GeometryFactory();

    public Locator(ReferenceIndex index, DescribeOptions options) {
        this.index = index;
        this.options = options;
        this.names = new NameResolver(index.layers());
        this.parser = new LocationSentenceParser(names.knownNames());
        this.describer = new Describer(index, options);
    }

    /** Throws IllegalArgumentException for empty text. */
    public LocateResult locate(String text) {
        ParsedLocation parsed = parser.parse(text);
        List<String> corrections = new ArrayList<>();
        List<String> unresolved = new ArrayList<>();

        List<AdminArea> townships = names.townships(parsed.township());
        List<AdminArea> villages = names.villagesPreferring(parsed.village(), townships);
        if (parsed.village() != null && villages.isEmpty()) {
            unresolved.add("数据中没有村/社区“" + parsed.village() + "”");
        }
        AdminArea township = null;
        AdminArea village = villages.size() == 1 ? villages.get(0) : null;
        if (village != null) {
            township = names.parentOf(village);
        } else if (townships.size() == 1) {
            township = townships.get(0);
        }
        if (parsed.township() != null && township == null && townships.isEmpty() && villages.isEmpty()) {
            unresolved.add("数据中没有乡镇/街道“" + parsed.township() + "”");
        }
        if (parsed.township() != null && township != null && !township.name().equals(parsed.township())) {
            corrections.add(parsed.township() + " → " + township.name());
        }

        if (villages.isEmpty() && townships.isEmpty() && !namesAFeature(parsed)) {
            // Nothing to anchor to: the whole district is no answer, it only looks like one.
            unresolved.add(NOTHING_KNOWN);
            return new LocateResult(parsed, new Resolution(null, null, corrections), null, null, List.of(), unresolved);
        }
        Geometry feasible = region(villages, townships);
        feasible = constrain(feasible, parsed, unresolved);
        List<Geometry> solutions = feasible == null ? List.of() : consistentPieces(feasible, parsed, true);
        if (solutions.isEmpty() && feasible != null && parsed.landmark() == null) {
            // Written by hand in the rural form for a spot a landmark is near: still a place.
            solutions = consistentPieces(feasible, parsed, false);
        }
        Resolution resolution = new Resolution(place(township), place(village), corrections);
        if (solutions.isEmpty()) {
            if (feasible != null) {
                unresolved.add("没有同时符合所述距离和方位的位置");
            }
            return new LocateResult(parsed, resolution, null, null, List.of(), unresolved);
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Geometry solution : solutions) {
            candidates.add(candidate(solution, parsed));
        }
        Candidate overall = candidates.size() == 1 ? candidates.get(0) : circle(factory.buildGeometry(solutions));
        return new LocateResult(parsed, resolution, overall.location(), overall.uncertaintyMetres(),
                candidates.size() > 1 ? candidates : List.of(), unresolved);
    }

    /** Whether a road, waterway or landmark the text names is in the data. */
    private boolean namesAFeature(ParsedLocation parsed) {
        return (parsed.road() != null && !names.roads(parsed.road()).isEmpty())
                || (parsed.waterway() != null && !names.waterways(parsed.waterway()).isEmpty())
                || (parsed.landmark() != null && !names.landmarks(parsed.landmark()).isEmpty());
    }

    /** The village(s) if named, else the township(s), else the districts: where to look at all. */
    private Geometry region(List<AdminArea> villages, List<AdminArea> townships) {
        List<AdminArea> areas = !villages.isEmpty() ? villages : !townships.isEmpty() ? townships : names.districts();
        if (areas.isEmpty()) {
            return null;
        }
        return union(areas);
    }

    private Geometry constrain(Geometry feasible, ParsedLocation parsed, List<String> unresolved) {
        if (feasible == null) {
            return null;
        }
        Geometry result = feasible;
        if (parsed.road() != null) {
            List<? extends ReferenceFeature> roads = names.roads(parsed.road());
            if (roads.isEmpty()) {
                unresolved.add("数据中没有道路“" + parsed.road() + "”");
            } else if (parsed.roadDistanceMetres() != null) {
                result = result.intersection(DistanceRegions.band(union(roads), parsed.roadDistanceMetres(),
                        options.roundingStepMetres()));
            }
        }
        if (parsed.waterway() != null) {
            List<? extends ReferenceFeature> waterways = names.waterways(parsed.waterway());
            if (waterways.isEmpty()) {
                unresolved.add("数据中没有水系“" + parsed.waterway() + "”");
            } else if (parsed.waterwayDistanceMetres() != null) {
                result = result.intersection(DistanceRegions.band(union(waterways), parsed.waterwayDistanceMetres(),
                        options.roundingStepMetres()));
            }
        }
        if (parsed.landmark() != null) {
            List<? extends ReferenceFeature> landmarks = names.landmarks(parsed.landmark());
            if (landmarks.isEmpty()) {
                unresolved.add("数据中没有地标“" + parsed.landmark() + "”");
            } else if (parsed.side() != null) {
                Side side = Side.parse(parsed.side());
                List<Geometry> sides = new ArrayList<>();
                for (ReferenceFeature landmark : landmarks) {
                    sides.add(DistanceRegions.side(index.metricGeometry(landmark), side, options.urbanLandmarkRadiusMetres()));
                }
                result = result.intersection(factory.buildGeometry(sides).union());
            }
        }
        return result;
    }

    /**
     * The parts of the feasible area that describe back to the same named features. Whether the
     * named road is the nearest one, or the named landmark the nearest landmark, is no polygon we
     * can intersect; so each piece is checked at its interior point and ring vertices, kept whole
     * when all agree, and otherwise cut to the cells of a fine lattice whose centres agree.
     */
    private List<Geometry> consistentPieces(Geometry feasible, ParsedLocation parsed, boolean sameForm) {
        List<Geometry> pieces = new ArrayList<>();
        for (int i = 0; i < feasible.getNumGeometries(); i++) {
            Geometry piece = feasible.getGeometryN(i);
            if (piece.isEmpty() || piece.getDimension() < 2) {
                continue;
            }
            if (samples(piece).stream().allMatch(c -> describesBack(c, parsed, sameForm))) {
                pieces.add(piece);
                continue;
            }
            Geometry agreeing = agreeingCells(piece, parsed, sameForm);
            for (int j = 0; j < agreeing.getNumGeometries(); j++) {
                pieces.add(agreeing.getGeometryN(j));
            }
        }
        return pieces;
    }

    /** The piece cut by a lattice; each part is kept when one of its samples describes back. */
    private Geometry agreeingCells(Geometry piece, ParsedLocation parsed, boolean sameForm) {
        Envelope envelope = piece.getEnvelopeInternal();
        double cellWidth = envelope.getWidth() / LATTICE_CELLS;
        double cellHeight = envelope.getHeight() / LATTICE_CELLS;
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(piece);
        List<Geometry> kept = new ArrayList<>();
        for (int row = 0; row < LATTICE_CELLS; row++) {
            for (int column = 0; column < LATTICE_CELLS; column++) {
                // Edges from the indexes, so neighbouring cells share them exactly.
                Geometry cell = factory.toGeometry(new Envelope(
                        envelope.getMinX() + column * cellWidth, envelope.getMinX() + (column + 1) * cellWidth,
                        envelope.getMinY() + row * cellHeight, envelope.getMinY() + (row + 1) * cellHeight));
                if (!prepared.intersects(cell)) {
                    continue;
                }
                Geometry parts = cell.intersection(piece);
                for (int i = 0; i < parts.getNumGeometries(); i++) {
                    Geometry part = parts.getGeometryN(i);
                    // Kept when any sample agrees: a part straddling the edge of the agreeing area
                    // may hold the true spot, and keeping too much only widens the uncertainty.
                    if (part.getDimension() == 2 && !part.isEmpty()
                            && samples(part).stream().anyMatch(c -> describesBack(c, parsed, sameForm))) {
                        kept.add(part);
                    }
                }
            }
        }
        return kept.isEmpty() ? factory.createGeometryCollection() : factory.buildGeometry(kept).union();
    }

    private static List<Coordinate> samples(Geometry piece) {
        List<Coordinate> samples = new ArrayList<>();
        samples.add(piece.getInteriorPoint().getCoordinate());
        Coordinate[] ring = piece.getCoordinates();
        int step = Math.max(1, ring.length / MAX_VERTEX_SAMPLES);
        for (int i = 0; i < ring.length; i += step) {
            samples.add(ring[i]);
        }
        return samples;
    }

    /**
     * Whether the words said at the spot name what was read; with {@code sameForm} also in the same
     * form (no landmark said where the words named none), as describe would have said them.
     */
    private boolean describesBack(Coordinate metric, ParsedLocation parsed, boolean sameForm) {
        Coordinate lonLat = index.projection().toGeographic(metric.x, metric.y);
        Description said = describer.describe(lonLat.x, lonLat.y);
        return describesBack(said, parsed) && (!sameForm || parsed.landmark() != null || said.landmark() == null);
    }

    /** Only names the data knows are checked; an unknown one is reported as unresolved instead. */
    private boolean describesBack(Description d, ParsedLocation parsed) {
        boolean road = names.roads(parsed.road()).isEmpty()
                || d.road() != null && d.road().name().equals(parsed.road());
        boolean waterway = names.waterways(parsed.waterway()).isEmpty()
                || d.waterway() != null && d.waterway().name().equals(parsed.waterway());
        boolean landmark = names.landmarks(parsed.landmark()).isEmpty()
                || d.landmark() != null && d.landmark().name().equals(parsed.landmark())
                && (parsed.side() == null || Objects.equals(d.landmark().side().text(), parsed.side()));
        return road && waterway && landmark;
    }

    /**
     * One solution's spot and the radius around it that holds the whole solution. The spot is the
     * centre of the smallest circle when that centre lies in the solution and describes back to the
     * same words. Otherwise (a side sector bends round its landmark, so its circle's centre can fall
     * on the next side; a thin band bends off its circle's centre) it is the point nearest that
     * centre a little inside the solution, or failing that the solution's most inland point: the
     * words said at the returned spot are the words that were read.
     */
    private Candidate candidate(Geometry solution, ParsedLocation parsed) {
        MinimumBoundingCircle circle = new MinimumBoundingCircle(solution);
        Coordinate centre = circle.getCentre();
        if (holds(solution, centre, parsed)) {
            return new Candidate(index.projection().toGeographic(centre.x, centre.y), circle.getRadius());
        }
        List<Coordinate> spots = new ArrayList<>();
        Geometry inside = solution.buffer(-INSET_METRES);
        if (!inside.isEmpty()) {
            spots.add(DistanceOp.nearestPoints(inside, factory.createPoint(centre))[0]);
        }
        spots.add(MaximumInscribedCircle.getCenter(solution, INLAND_TOLERANCE_METRES).getCoordinate());
        spots.add(solution.getInteriorPoint().getCoordinate());
        spots.addAll(edgeSpotsNearestFirst(inside, centre));
        for (Coordinate spot : spots) {
            if (holds(solution, spot, parsed)) {
                double radius = 0;
                for (Coordinate vertex : solution.getCoordinates()) {
                    radius = Math.max(radius, spot.distance(vertex));
                }
                return new Candidate(index.projection().toGeographic(spot.x, spot.y), radius);
            }
        }
        return circle(solution);
    }

    /**
     * Up to {@code MAX_EDGE_SPOTS} vertices of the inset solution, nearest the centre first: points
     * spread along even a thin band, each a little inside its edge.
     */
    private static List<Coordinate> edgeSpotsNearestFirst(Geometry inside, Coordinate centre) {
        Coordinate[] vertices = inside.getCoordinates();
        int step = Math.max(1, vertices.length / MAX_EDGE_SPOTS);
        List<Coordinate> spots = new ArrayList<>();
        for (int i = 0; i < vertices.length; i += step) {
            spots.add(vertices[i]);
        }
        spots.sort(Comparator.comparingDouble(centre::distance));
        return spots;
    }

    /**
     * Whether the spot lies in the solution (by ray crossing: overlay output need not be valid) and
     * is said in the same form: the same names, and no landmark when the words named none.
     */
    private boolean holds(Geometry solution, Coordinate spot, ParsedLocation parsed) {
        return SimplePointInAreaLocator.locate(spot, solution) != Location.EXTERIOR && describesBack(spot, parsed, true);
    }

    private Candidate circle(Geometry metric) {
        MinimumBoundingCircle circle = new MinimumBoundingCircle(metric);
        Coordinate centre = circle.getCentre();
        Coordinate lonLat = index.projection().toGeographic(centre.x, centre.y);
        return new Candidate(lonLat, circle.getRadius());
    }

    private Geometry union(List<? extends ReferenceFeature> features) {
        List<Geometry> geometries = features.stream().map(index::metricGeometry).toList();
        return geometries.size() == 1 ? geometries.get(0) : factory.buildGeometry(geometries).union();
    }

    private static Place place(AdminArea area) {
        return area == null ? null : new Place(area.code(), area.name());
    }
}
