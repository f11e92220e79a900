package cn.luodian.geo.patrol;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GPX as phones and apps write it, and as an attacker would. */
class GpxReaderTest {
    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<gpx version=\"1.1\" creator=\"test\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n";

    private static Track read(String gpx) {
        return new GpxReader().read(new ByteArrayInputStream(gpx.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEveryTrackSegmentInOrderAndSkipsWaypointsAndExtensions() {
        Track track = read(HEAD
                + "<wpt lat=\"1\" lon=\"1\"><time>2026-05-01T07:00:00Z</time></wpt>\n"
                + "<trk><name>巡查</name><trkseg>\n"
                + "<trkpt lat=\"39.80\" lon=\"116.70\"><ele>20</ele><time>2026-05-01T08:00:00Z</time></trkpt>\n"
                + "<trkpt lat=\"39.801\" lon=\"116.701\"><time>2026-05-01T08:00:05.5Z</time><extensions><x><time>bad</time></x></extensions></trkpt>\n"
                + "</trkseg><trkseg>\n"
                + "<trkpt lat=\"+39.802\" lon=\"116.702\"><time>2026-05-01T16:00:10+08:00</time></trkpt>\n"
                + "</trkseg></trk></gpx>");
        assertThat(track.points()).containsExactly(
                new TrackPoint(116.70, 39.80, Instant.parse("2026-05-01T08:00:00Z")),
                new TrackPoint(116.701, 39.801, Instant.parse("2026-05-01T08:00:05.5Z")),
                new TrackPoint(116.702, 39.802, Instant.parse("2026-05-01T08:00:10Z")));
    }

    @Test
    void readsRoutePointsAndGpx10TimesWithoutAnOffsetAsUtc() {
        Track track = read("<gpx version=\"1.0\" xmlns=\"http://www.topografix.com/GPX/1/0\"><rte>"
                + "<rtept lat=\"39.8\" lon=\"116.7\"><time>2026-05-01T08:00:00</time></rtept>"
                + "<rtept lat=\"39.9\" lon=\"116.8\"><time>2026-05-01T08:10:00</time></rtept></rte></gpx>");
        assertThat(track.size()).isEqualTo(2);
        assertThat(track.points().get(1).time()).isEqualTo(Instant.parse("2026-05-01T08:10:00Z"));
    }

    @Test
    void externalEntitiesAreRefusedAndTheFileIsNeverRead(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-CONTENT");
        String xxe = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<gpx><trk><trkseg><trkpt lat=\"39.8\" lon=\"116.7\"><time>&xxe;</time></trkpt></trkseg></trk></gpx>";
        assertThatThrownBy(() -> read(xxe)).isInstanceOf(TrackException.class)
                .hasMessageContaining("不得包含文档类型定义（DTD）").hasMessageContaining("第 2 行")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("SECRET"));
    }

    @Test
    void entityExpansionIsRefused() {
        String laughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE gpx [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
                + "<gpx><trk><trkseg><trkpt lat=\"39.8\" lon=\"116.7\"><time>&b;</time></trkpt></trkseg></trk></gpx>";
        assertThatThrownBy(() -> read(laughs)).isInstanceOf(TrackException.class).hasMessageContaining("DTD");
        String undeclared = "<gpx><trk><trkseg><trkpt lat=\"39.8\" lon=\"116.7\"><time>&b;</time></trkpt></trkseg></trk></gpx>";
        assertThatThrownBy(() -> read(undeclared)).isInstanceOf(TrackException.class).hasMessageContaining("第 1 行");
    }

    @Test
    void mistakesNameTheElementAndLine() {
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg>\n<trkpt lat=\"39.8\" lon=\"116.7\"></trkpt>\n</trkseg></trk></gpx>"))
                .hasMessage("第 4 行的 trkpt 缺少时间（time 元素）：巡查轨迹的每个点都要有时间");
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg>\n<trkpt lat=\"NaN\" lon=\"116.7\"><time>2026-05-01T08:00:00Z</time></trkpt></trkseg></trk></gpx>"))
                .hasMessage("第 4 行的 trkpt 的 lat 属性应为十进制度数，实为 'NaN'");
        assertThatThrownBy(() -> read(HEAD + "<rte>\n\n<rtept lon=\"116.7\"/></rte></gpx>"))
                .hasMessage("第 5 行的 rtept 缺少 lat 属性");
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg><trkpt lat=\"99.5\" lon=\"116.7\"><time>2026-05-01T08:00:00Z</time></trkpt></trkseg></trk></gpx>"))
                .hasMessageStartingWith("第 3 行的 trkpt：纬度应在 -90 到 90 之间");
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg><trkpt lat=\"39.8\" lon=\"116.7\"><time>昨天</time></trkpt></trkseg></trk></gpx>"))
                .hasMessageContaining("第 3 行的 trkpt 的时间（time）格式不对").hasMessageContaining("'昨天'");
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg>\n<trkpt lat=\"39.8\" lon=\"116.7\"><time>2026-05-01T08:00:00Z</time></trkpt>\n"
                + "<trkpt lat=\"39.8\" lon=\"116.7\"><time>2026-05-01T07:59:59Z</time></trkpt></trkseg></trk></gpx>"))
                .hasMessageContaining("第 5 行的 trkpt 的时间").hasMessageContaining("早于前一个点");
        assertThatThrownBy(() -> read("<kml><trk/></kml>")).hasMessageContaining("根元素应为 gpx，实为 kml");
        assertThatThrownBy(() -> read(HEAD + "<trk><trkseg><trkpt lat=\"39.8\"")).hasMessageStartingWith("GPX 文件不是格式正确的 XML（第 3 行");
        assertThatThrownBy(() -> read(HEAD + "<wpt lat=\"1\" lon=\"1\"/></gpx>")).hasMessageContaining("没有轨迹点");
        // A trkpt outside a trkseg is not part of any path.
        assertThatThrownBy(() -> read(HEAD + "<trkpt lat=\"39.8\" lon=\"116.7\"><time>2026-05-01T08:00:00Z</time></trkpt></gpx>"))
                .hasMessageContaining("没有轨迹点");
    }

    @Test
    void sizePointsAndNestingAreBounded() {
        StringBuilder many = new StringBuilder(HEAD + "<trk><trkseg>");
        for (int i = 0; i < 11; i++) {
            many.append("<trkpt lat=\"39.8\" lon=\"116.7\"><time>2026-05-01T08:00:").append(10 + i).append("Z</time></trkpt>\n");
        }
        many.append("</trkseg></trk></gpx>");
        byte[] bytes = many.toString().getBytes(StandardCharsets.UTF_8);
        assertThat(new GpxReader(bytes.length, 11).read(new ByteArrayInputStream(bytes)).size()).isEqualTo(11);
        assertThatThrownBy(() -> new GpxReader(bytes.length, 10).read(new ByteArrayInputStream(bytes)))
                .hasMessageContaining("点数超过 10 个的上限").hasMessageContaining("第 13 行");
        assertThatThrownBy(() -> new GpxReader(bytes.length - 1, 11).read(new ByteArrayInputStream(bytes)))
                .isInstanceOf(TrackException.class).hasMessageContaining("KB 的上限");
        String deep = HEAD + "<extensions>".repeat(40) + "</extensions>".repeat(40) + "</gpx>";
        assertThatThrownBy(() -> read(deep)).hasMessageContaining("嵌套超过 32 层");
    }
}
