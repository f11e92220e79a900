package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.io.ImportException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import tools.jackson.databind.json.JsonMapper;

/** The pieces of the hotspot endpoints that need no store: limits, uploads, time steps, formats. */
class HotspotPartsTest {
    static final HotspotSettings SETTINGS = new HotspotSettings(10, 1000, 50_000, 64, 5, 10, 999, 9999, 250_000, 104, 10, 200_000);

    @Test
    void tooManyUnitsIsABadRequestThatSaysWhatToDo() {
        HotspotUnits units = new HotspotUnits(null, SETTINGS);
        units.requireAtMost(10, "单元网格", "110112");
        assertThatThrownBy(() -> units.requireAtMost(11, "单元网格", "110112")).isInstanceOf(BadRequestException.class)
                .hasMessageContaining("分析单元太多：行政区划 110112 内有 11 个单元网格，最多 10 个");
    }

    @Test
    void uploadedUnitsTakeIdsNamesAndValues() {
        var json = JsonMapper.builder().build().readTree(HotspotStoreTest.UPLOAD);
        UnitValues values = UploadedUnits.read(json, "count", "code", GaussKrugerProjection.beijing(), 10);
        assertThat(values.units()).extracting(AnalysisUnit::id).containsExactly("A", "B", "C", "D", "E");
        assertThat(values.values()).containsExactly(9, 8, 1, 0, 7);
        assertThat(values.units().get(0).xMetres()).isBetween(480_000.0, 500_000.0);
        UnitValues byIndex = UploadedUnits.read(json, "count", null, GaussKrugerProjection.beijing(), 10);
        assertThat(byIndex.units()).extracting(AnalysisUnit::id).containsExactly("0", "1", "2", "3", "4");
        assertThatThrownBy(() -> UploadedUnits.read(json, "count", "code", GaussKrugerProjection.beijing(), 4))
                .hasMessageContaining("分析单元太多：5 个要素");
        var projected = JsonMapper.builder().build().readTree("{\"type\": \"FeatureCollection\", \"features\": [{\"type\": "
                + "\"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [500000, 4400000]}, \"properties\": {\"n\": 1}}]}");
        assertThatThrownBy(() -> UploadedUnits.read(projected, "n", null, GaussKrugerProjection.beijing(), 10))
                .isInstanceOf(ImportException.class).hasMessageContaining("第 1 个要素");
    }

    @Test
    void weeksEndOnTheLastMondayInBeijing() {
        // 2026-12-02 is a Wednesday; in Beijing the current week began on Monday 2026-11-30 00:00 (+08:00).
        TimeSteps weeks = TimeSteps.of("week", 3, null, 104, ZoneId.of("Asia/Shanghai"), Instant.parse("2026-12-02T03:00:00Z"));
        assertThat(weeks.boundaries()).containsExactly(Instant.parse("2026-11-08T16:00:00Z"),
                Instant.parse("2026-11-15T16:00:00Z"), Instant.parse("2026-11-22T16:00:00Z"), Instant.parse("2026-11-29T16:00:00Z"));
        assertThat(weeks.stepOf(Instant.parse("2026-11-08T16:00:00Z"))).isZero();
        assertThat(weeks.stepOf(Instant.parse("2026-11-29T15:59:59Z"))).isEqualTo(2);
        assertThat(weeks.stepOf(Instant.parse("2026-11-29T16:00:00Z"))).isEqualTo(-1);
        TimeSteps months = TimeSteps.of("month", 3, "2026-12-01T00:00:00+08:00", 104, ZoneId.of("Asia/Shanghai"), Instant.EPOCH);
        assertThat(months.start()).isEqualTo(Instant.parse("2026-08-31T16:00:00Z"));
    }

    @Test
    void csvHasAByteOrderMarkAndQuotesWhatNeedsIt() {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("unitId", "A");
        p.put("name", "张家湾镇, \"南\"");
        p.put("value", -1.5);
        p.put("note", "=1+1");
        p.put("caseNumbers", List.of("TZ-1", "TZ-2"));
        var point = new GeometryFactory().createPoint(new Coordinate(116.7, 39.8));
        String csv = new String(HotspotCsv.write(new HotspotTable(List.of(new HotspotTable.Row(point, p)), Map.of(), Map.of())),
                StandardCharsets.UTF_8);
        assertThat(csv).isEqualTo("\uFEFFunitId,name,value,note,caseNumbers,lon,lat\r\n"
                + "A,\"张家湾镇, \"\"南\"\"\",-1.5,'=1+1,TZ-1 TZ-2,116.7,39.8\r\n");
    }

    @Test
    void formatByParameterElseAcceptElseGeoJson() {
        assertThat(HotspotFormat.of("csv", null)).isEqualTo(HotspotFormat.CSV);
        assertThat(HotspotFormat.of(null, "text/csv;q=0.9, */*;q=0.1")).isEqualTo(HotspotFormat.CSV);
        assertThat(HotspotFormat.of("geojson", "text/csv")).isEqualTo(HotspotFormat.GEOJSON);
        assertThat(HotspotFormat.of(null, "not a media type")).isEqualTo(HotspotFormat.GEOJSON);
        assertThatThrownBy(() -> HotspotFormat.of("xlsx", null)).isInstanceOf(BadRequestException.class);
    }
}
