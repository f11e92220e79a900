package cn.luodian.geo.io.osm;

import com.google.protobuf.ByteString;
import crosby.binary.Fileformat;
import crosby.binary.Osmformat;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;

/**
 * Writes small OpenStreetMap PBF files for tests, in the real format: a 4-byte length, a
 * BlobHeader and a zlib-compressed Blob per block; an OSMHeader block, then one OSMData block of
 * nodes (a DenseNodes group and a plain Node group), one of ways and one of relations, each with
 * its own string table of UTF-8 strings. Deterministic: the same elements give the same bytes.
 */
final class OsmPbfFixtureWriter {
    /** 100 nanodegrees, the PBF default: coordinates are stored as 1e-7 degrees. */
    private static final int GRANULARITY = 100;

    record Member(OsmMember.Type type, long id, String role) {
    }

    private record Node(long id, double lon, double lat, Map<String, String> tags, boolean dense) {
    }

    private record Way(long id, long[] nodeIds, Map<String, String> tags) {
    }

    private record Relation(long id, List<Member> members, Map<String, String> tags) {
    }

    private final List<Node> nodes = new ArrayList<>();
    private final List<Way> ways = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<String> requiredFeatures = new ArrayList<>(List.of("OsmSchema-V0.6", "DenseNodes"));

    /** A node in the DenseNodes group, where real files keep almost all nodes. */
    OsmPbfFixtureWriter node(long id, double lon, double lat, String... tags) {
        nodes.add(new Node(id, lon, lat, tagMap(tags), true));
        return this;
    }

    /** A node in the plain Node group, the older encoding some writers still use. */
    OsmPbfFixtureWriter plainNode(long id, double lon, double lat, String... tags) {
        nodes.add(new Node(id, lon, lat, tagMap(tags), false));
        return this;
    }

    OsmPbfFixtureWriter way(long id, long[] nodeIds, String... tags) {
        ways.add(new Way(id, nodeIds.clone(), tagMap(tags)));
        return this;
    }

    OsmPbfFixtureWriter relation(long id, List<Member> members, String... tags) {
        relations.add(new Relation(id, List.copyOf(members), tagMap(tags)));
        return this;
    }

    /** Adds a feature the file declares readers must understand, to test that readers refuse it. */
    OsmPbfFixtureWriter requireFeature(String feature) {
        requiredFeatures.add(feature);
        return this;
    }

    static Member outer(long wayId) {
        return new Member(OsmMember.Type.WAY, wayId, "outer");
    }

    static Member inner(long wayId) {
        return new Member(OsmMember.Type.WAY, wayId, "inner");
    }

    byte[] toBytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writeBlock(out, "OSMHeader", header().toByteArray());
            writeBlock(out, "OSMData", new BlockEncoder().nodes(nodes));
            writeBlock(out, "OSMData", new BlockEncoder().ways(ways));
            writeBlock(out, "OSMData", new BlockEncoder().relations(relations));
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private Osmformat.HeaderBlock header() {
        Osmformat.HeaderBlock.Builder header = Osmformat.HeaderBlock.newBuilder()
                .addAllRequiredFeatures(requiredFeatures)
                .setWritingprogram("luodian OsmPbfFixtureWriter");
        if (!nodes.isEmpty()) {
            header.setBbox(Osmformat.HeaderBBox.newBuilder()
                    .setLeft(nanodegrees(nodes.stream().mapToDouble(Node::lon).min().orElseThrow()))
                    .setRight(nanodegrees(nodes.stream().mapToDouble(Node::lon).max().orElseThrow()))
                    .setBottom(nanodegrees(nodes.stream().mapToDouble(Node::lat).min().orElseThrow()))
                    .setTop(nanodegrees(nodes.stream().mapToDouble(Node::lat).max().orElseThrow())));
        }
        return header.build();
    }

    private static void writeBlock(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        Fileformat.Blob blob = Fileformat.Blob.newBuilder()
                .setRawSize(data.length)
                .setZlibData(ByteString.copyFrom(zlib(data)))
                .build();
        Fileformat.BlobHeader header = Fileformat.BlobHeader.newBuilder()
                .setType(type)
                .setDatasize(blob.getSerializedSize())
                .build();
        DataOutputStream dataOut = new DataOutputStream(out);
        dataOut.writeInt(header.getSerializedSize());
        header.writeTo(dataOut);
        blob.writeTo(dataOut);
        dataOut.flush();
    }

    private static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(data);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    private static long nanodegrees(double degrees) {
        return Math.round(degrees * 1e9);
    }

    private static Map<String, String> tagMap(String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("tags come in key, value pairs");
        }
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            tags.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return tags;
    }

    /** One PrimitiveBlock: its string table fills as elements are encoded. */
    private static final class BlockEncoder {
        private final Map<String, Integer> strings = new LinkedHashMap<>();

        BlockEncoder() {
            strings.put("", 0); // index 0 is reserved as the delimiter in DenseNodes tags
        }

        byte[] nodes(List<Node> nodes) {
            Osmformat.DenseNodes.Builder dense = Osmformat.DenseNodes.newBuilder();
            Osmformat.PrimitiveGroup.Builder plain = Osmformat.PrimitiveGroup.newBuilder();
            long lastId = 0;
            long lastLat = 0;
            long lastLon = 0;
            for (Node node : nodes) {
                long lat = raw(node.lat());
                long lon = raw(node.lon());
                if (node.dense()) {
                    dense.addId(node.id() - lastId).addLat(lat - lastLat).addLon(lon - lastLon);
                    lastId = node.id();
                    lastLat = lat;
                    lastLon = lon;
                    node.tags().forEach((k, v) -> dense.addKeysVals(string(k)).addKeysVals(string(v)));
                    dense.addKeysVals(0);
                } else {
                    Osmformat.Node.Builder builder = Osmformat.Node.newBuilder().setId(node.id()).setLat(lat).setLon(lon);
                    node.tags().forEach((k, v) -> builder.addKeys(string(k)).addVals(string(v)));
                    plain.addNodes(builder);
                }
            }
            List<Osmformat.PrimitiveGroup> groups = new ArrayList<>();
            groups.add(Osmformat.PrimitiveGroup.newBuilder().setDense(dense).build());
            if (plain.getNodesCount() > 0) {
                groups.add(plain.build());
            }
            return block(groups);
        }

        byte[] ways(List<Way> ways) {
            Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
            for (Way way : ways) {
                Osmformat.Way.Builder builder = Osmformat.Way.newBuilder().setId(way.id());
                way.tags().forEach((k, v) -> builder.addKeys(string(k)).addVals(string(v)));
                long last = 0;
                for (long nodeId : way.nodeIds()) {
                    builder.addRefs(nodeId - last);
                    last = nodeId;
                }
                group.addWays(builder);
            }
            return block(List.of(group.build()));
        }

        byte[] relations(List<Relation> relations) {
            Osmformat.PrimitiveGroup.Builder group = Osmformat.PrimitiveGroup.newBuilder();
            for (Relation relation : relations) {
                Osmformat.Relation.Builder builder = Osmformat.Relation.newBuilder().setId(relation.id());
                relation.tags().forEach((k, v) -> builder.addKeys(string(k)).addVals(string(v)));
                long last = 0;
                for (Member member : relation.members()) {
                    builder.addMemids(member.id() - last)
                            .addTypes(Osmformat.Relation.MemberType.valueOf(member.type().name()))
                            .addRolesSid(string(member.role()));
                    last = member.id();
                }
                group.addRelations(builder);
            }
            return block(List.of(group.build()));
        }

        private byte[] block(List<Osmformat.PrimitiveGroup> groups) {
            Osmformat.StringTable.Builder table = Osmformat.StringTable.newBuilder();
            strings.keySet().forEach(s -> table.addS(ByteString.copyFrom(s, StandardCharsets.UTF_8)));
            return Osmformat.PrimitiveBlock.newBuilder()
                    .setStringtable(table)
                    .addAllPrimitivegroup(groups)
                    .setGranularity(GRANULARITY)
                    .build()
                    .toByteArray();
        }

        private int string(String s) {
            return strings.computeIfAbsent(s, k -> strings.size());
        }

        private static long raw(double degrees) {
            return Math.round(degrees * 1e9 / GRANULARITY);
        }
    }
}
