package cn.luodian.geo.io.osm;

import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.DivisionCode;
import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.LayerBatch;
import cn.luodian.geo.layer.Waterway;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads an OpenStreetMap PBF extract into the admin, roads, waterways and landmarks layers.
 *
 * <p>Three passes over the file, each holding one block at a time: relations (which admin
 * boundaries and multipolygons, and which ways they are made of), then ways (roads, waterways,
 * areas, and those member ways, as node ids), then nodes (the positions of exactly the nodes those
 * ways use, and named points of interest). Memory grows with what is kept, not with the file: tags
 * are dropped as soon as a way is classified, and positions are stored as packed ints (16 bytes a
 * node). A synthetic worst case of 12 million nodes, all used by 609,000 kept ways, runs in
 * -Xmx600m (comfortably in 1 GB), most of it the JTS output geometries.
 *
 * <p>Everything the file holds and the rules accept is kept: the extract is not clipped to one
 * district, so neighbouring areas that the extract carries whole come along too.
 */
public final class OsmPbfExtractor {

    /**
     * @param gazetteer official division codes used to give a code to a boundary that carries none;
     *                  may be empty, then only boundaries with a code tag are kept
     * @throws ImportException when the file is not a PBF file, is truncated or corrupt
     */
    public OsmExtract extract(Path pbf, List<DivisionCode> gazetteer) {
        ExtractReport report = new ExtractReport();
        PbfBlockReader reader = new PbfBlockReader(pbf);

        RelationCollector relations = new RelationCollector(report);
        pass(reader, relations);
        WayCollector ways = new WayCollector(relations.memberWayIds(), report);
        pass(reader, ways);
        NodeCoordinates coordinates = ways.wantedNodes();
        NodeCollector nodes = new NodeCollector(coordinates, OsmGeometries.WGS84);
        pass(reader, nodes);

        OsmGeometries geometries = new OsmGeometries(coordinates, report);
        MultipolygonAssembler assembler = new MultipolygonAssembler(ways.memberWays(), geometries, report);
        List<AdminArea> admin = new AdminAreaBuilder(assembler, new AdminCodeResolver(gazetteer), report)
                .build(relations.relations());
        LineFeatureBuilder lines = new LineFeatureBuilder(geometries, report);
        AreaFeatureBuilder areas = new AreaFeatureBuilder(geometries, assembler, report);

        List<Waterway> waterways = new ArrayList<>(lines.waterways(ways.kept()));
        waterways.addAll(areas.waterAreas(ways.kept(), relations.relations()));
        List<Landmark> landmarks = new ArrayList<>(areas.buildings(ways.kept(), relations.relations()));
        landmarks.addAll(nodes.pois());

        LayerBatch batch = LayerBatch.builder()
                .addAll(Layer.ADMIN, admin)
                .addAll(Layer.ROADS, lines.roads(ways.kept()))
                .addAll(Layer.WATERWAYS, waterways)
                .addAll(Layer.LANDMARKS, landmarks)
                .build();
        return new OsmExtract(batch, report.skipped(), report.notes());
    }

    private static void pass(PbfBlockReader reader, OsmHandler handler) {
        reader.readBlocks(block -> PbfPrimitiveDecoder.decode(block, handler));
    }
}
