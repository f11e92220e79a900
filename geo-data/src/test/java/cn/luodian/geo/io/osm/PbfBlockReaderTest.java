package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.geo.io.ImportException;
import crosby.binary.BinaryParser;
import crosby.binary.Osmformat;
import crosby.binary.file.BlockInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PbfBlockReaderTest {
    @TempDir
    Path dir;

    @Test
    void decodesDenseAndPlainNodesWaysAndRelationsWithChineseTags() throws IOException {
        Path pbf = write(TongzhouMiniPbfForTest.writer().toBytes());
        List<String> seen = new ArrayList<>();
        OsmHandler handler = new OsmHandler() {
            @Override public boolean wantsNodes() { return true; }
            @Override public boolean wantsWays() { return true; }
            @Override public boolean wantsRelations() { return true; }

            @Override
            public void node(long id, double lon, double lat, OsmTags tags) {
                if (!tags.isEmpty()) {
                    seen.add("n" + id + " " + lon + " " + lat + " " + tags);
                }
            }

            @Override
            public void way(long id, long[] nodeIds, OsmTags tags) {
                if (id == 111) {
                    seen.add("w" + id + " " + Arrays.toString(nodeIds) + " " + tags);
                }
            }

            @Override
            public void relation(long id, List<OsmMember> members, OsmTags tags) {
                if (id == 1002) {
                    seen.add("r" + id + " " + members + " " + tags.name());
                }
            }
        };
        new PbfBlockReader(pbf).readBlocks(block -> PbfPrimitiveDecoder.decode(block, handler));
        assertThat(seen).containsExactly(
                "n72 116.755 39.755 {highway=crossing, crossing=zebra}",
                "n73 116.762 39.762 {amenity=school, name=漷县中心小学}",
                "w111 [11, 14, 13] {boundary=administrative}",
                "r1002 [OsmMember[type=WAY, id=110, role=outer], OsmMember[type=WAY, id=111, role=outer], "
                        + "OsmMember[type=WAY, id=112, role=inner]] 漷县镇");
    }

    /** The fixture must be real PBF, not just something our own reader accepts: osmpbf's parser reads it too. */
    @Test
    void fixtureReadsWithTheReferenceParserOfOsmpbf() throws IOException {
        int[] counts = new int[3];
        List<String> names = new ArrayList<>();
        BinaryParser parser = new BinaryParser() {
            @Override
            protected void parseRelations(List<Osmformat.Relation> relations) {
                counts[2] += relations.size();
            }

            @Override
            protected void parseDense(Osmformat.DenseNodes nodes) {
                counts[0] += nodes.getIdCount();
            }

            @Override
            protected void parseNodes(List<Osmformat.Node> nodes) {
                counts[0] += nodes.size();
                nodes.forEach(n -> names.add(getStringById(n.getVals(1))));
            }

            @Override
            protected void parseWays(List<Osmformat.Way> ways) {
                counts[1] += ways.size();
            }

            @Override
            protected void parse(Osmformat.HeaderBlock header) {
                assertThat(header.getRequiredFeaturesList()).containsExactly("OsmSchema-V0.6", "DenseNodes");
            }

            @Override
            public void complete() {
            }
        };
        new BlockInputStream(new ByteArrayInputStream(TongzhouMiniPbfForTest.writer().toBytes()), parser).process();
        assertThat(counts).containsExactly(45, 15, 4);
        assertThat(names).containsExactly("漷县中心小学");
    }

    @Test
    void textFileIsNotAPbfFile() throws IOException {
        Path text = dir.resolve("notes.osm.pbf");
        Files.writeString(text, "长凌营村距长凌营环路约124米,距北运河约465米\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> readAll(text))
                .isInstanceOf(ImportException.class)
                .hasMessageStartingWith(text + "：不是 OpenStreetMap PBF 文件");
    }

    @Test
    void emptyFileSaysSo() throws IOException {
        Path empty = write(new byte[0]);
        assertThatThrownBy(() -> readAll(empty)).isInstanceOf(ImportException.class).hasMessageContaining("文件为空");
    }

    /** Cut inside the length prefix, inside the header block, inside a data blob and one byte short. */
    @ParameterizedTest
    @ValueSource(ints = {2, 20, 300, -1})
    void truncatedFileIsRefusedNotReadAsShorter(int cut) throws IOException {
        byte[] whole = TongzhouMiniPbfForTest.writer().toBytes();
        Path truncated = write(Arrays.copyOf(whole, cut > 0 ? cut : whole.length + cut));
        assertThatThrownBy(() -> readAll(truncated))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("中途结束")
                .hasMessageContaining("文件不完整");
    }

    @Test
    void fileRequiringAnUnknownFeatureIsRefused() throws IOException {
        Path history = write(new OsmPbfFixtureWriter().node(1, 116.7, 39.7).requireFeature("HistoricalInformation").toBytes());
        assertThatThrownBy(() -> readAll(history))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("需要 PBF 特性 'HistoricalInformation'");
    }

    @Test
    void damagedCompressedDataIsReportedAsCorrupt() throws IOException {
        byte[] bytes = TongzhouMiniPbfForTest.writer().toBytes();
        bytes[bytes.length - 20] ^= 0x5a;
        Path damaged = write(bytes);
        assertThatThrownBy(() -> readAll(damaged))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("第 3 个数据块");
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(Files.createTempFile(dir, "test", ".osm.pbf"), bytes);
    }

    private static void readAll(Path pbf) {
        new PbfBlockReader(pbf).readBlocks(block -> { });
    }
}
