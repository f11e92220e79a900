package cn.luodian.geo.io.osm;

import crosby.binary.Osmformat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Unpacks one PrimitiveBlock into nodes, ways and relations for an {@link OsmHandler}: resolves the
 * block's string table, undoes the delta coding of ids, coordinates and references, and scales
 * coordinates by the block's granularity and offsets.
 */
final class PbfPrimitiveDecoder {
    /** Divide rather than multiply by 1e-9 so that 397500000 × 100 nanodegrees reads back as exactly 39.75. */
    private static final double NANO_PER_DEGREE = 1e9;

    private final Osmformat.PrimitiveBlock block;
    private final String[] strings;

    private PbfPrimitiveDecoder(Osmformat.PrimitiveBlock block) {
        this.block = block;
        int count = block.getStringtable().getSCount();
        this.strings = new String[count];
        for (int i = 0; i < count; i++) {
            strings[i] = block.getStringtable().getS(i).toStringUtf8();
        }
    }

    static void decode(Osmformat.PrimitiveBlock block, OsmHandler handler) {
        PbfPrimitiveDecoder decoder = new PbfPrimitiveDecoder(block);
        for (Osmformat.PrimitiveGroup group : block.getPrimitivegroupList()) {
            if (handler.wantsNodes()) {
                decoder.plainNodes(group.getNodesList(), handler);
                if (group.hasDense()) {
                    decoder.denseNodes(group.getDense(), handler);
                }
            }
            if (handler.wantsWays()) {
                decoder.ways(group.getWaysList(), handler);
            }
            if (handler.wantsRelations()) {
                decoder.relations(group.getRelationsList(), handler);
            }
        }
    }

    private void plainNodes(List<Osmformat.Node> nodes, OsmHandler handler) {
        for (Osmformat.Node node : nodes) {
            handler.node(node.getId(), lon(node.getLon()), lat(node.getLat()),
                    tags(node.getKeysList(), node.getValsList()));
        }
    }

    /** Ids and coordinates are deltas from the previous node; tags are (key, value)* 0 per node. */
    private void denseNodes(Osmformat.DenseNodes dense, OsmHandler handler) {
        long id = 0;
        long lat = 0;
        long lon = 0;
        int tagIndex = 0;
        boolean tagged = dense.getKeysValsCount() > 0;
        for (int i = 0; i < dense.getIdCount(); i++) {
            id += dense.getId(i);
            lat += dense.getLat(i);
            lon += dense.getLon(i);
            OsmTags tags = OsmTags.EMPTY;
            if (tagged) {
                Map<String, String> map = new LinkedHashMap<>();
                while (tagIndex < dense.getKeysValsCount() && dense.getKeysVals(tagIndex) != 0) {
                    map.put(strings[dense.getKeysVals(tagIndex)], strings[dense.getKeysVals(tagIndex + 1)]);
                    tagIndex += 2;
                }
                tagIndex++;
                tags = OsmTags.of(map);
            }
            handler.node(id, lon(lon), lat(lat), tags);
        }
    }

    private void ways(List<Osmformat.Way> ways, OsmHandler handler) {
        for (Osmformat.Way way : ways) {
            long[] nodeIds = new long[way.getRefsCount()];
            long ref = 0;
            for (int i = 0; i < nodeIds.length; i++) {
                ref += way.getRefs(i);
                nodeIds[i] = ref;
            }
            handler.way(way.getId(), nodeIds, tags(way.getKeysList(), way.getValsList()));
        }
    }

    private void relations(List<Osmformat.Relation> relations, OsmHandler handler) {
        for (Osmformat.Relation relation : relations) {
            List<OsmMember> members = new ArrayList<>(relation.getMemidsCount());
            long memberId = 0;
            for (int i = 0; i < relation.getMemidsCount(); i++) {
                memberId += relation.getMemids(i);
                OsmMember.Type type = switch (relation.getTypes(i)) {
                    case NODE -> OsmMember.Type.NODE;
                    case WAY -> OsmMember.Type.WAY;
                    case RELATION -> OsmMember.Type.RELATION;
                };
                members.add(new OsmMember(type, memberId, strings[relation.getRolesSid(i)]));
            }
            OsmTags tags = tags(relation.getKeysList(), relation.getValsList());
            handler.relation(relation.getId(), List.copyOf(members), tags);
        }
    }

    private OsmTags tags(List<Integer> keys, List<Integer> values) {
        if (keys.isEmpty()) {
            return OsmTags.EMPTY;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            map.put(strings[keys.get(i)], strings[values.get(i)]);
        }
        return OsmTags.of(map);
    }

    private double lat(long raw) {
        return (block.getLatOffset() + (long) block.getGranularity() * raw) / NANO_PER_DEGREE;
    }

    private double lon(long raw) {
        return (block.getLonOffset() + (long) block.getGranularity() * raw) / NANO_PER_DEGREE;
    }
}
