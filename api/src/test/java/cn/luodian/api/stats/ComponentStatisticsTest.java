package cn.luodian.api.stats;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.components.ComponentImport;
import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.security.Actor;
import cn.luodian.api.storage.Database;
import cn.luodian.geo.crs.Datum;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * {@code GET /api/v1/stats/components} on the demo server, on H2GIS and PostGIS: two covers of an
 * owner of the test's own, one reported three times and one once this month, show in the groups by
 * owner, 小类 and township (as differences from before, beside the demo inventory), per 100
 * components, and the thrice-failed cover among the repeat failures; a township sees only its own.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ComponentStatisticsTest {
    static final String OWNER = "统计测试供水公司";
    static final String OFTEN = "1199030101000001";
    static final String ONCE = "1199030101000002";
    static final double LON = 116.7726, LAT = 39.7588;

    private static RestClient as(Database database, String user, String password) {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return DemoServerForTest.http(database).mutate().defaultHeader("Authorization", "Basic " + token).build();
    }

    private static Map stats(RestClient http, String query) {
        return http.get().uri("/api/v1/stats/components?" + query).retrieve().body(Map.class);
    }

    private static Map group(Map stats, String key) {
        return ((List<Map>) stats.get("groups")).stream().filter(g -> key.equals(g.get("key"))).findFirst().orElse(Map.of());
    }

    private static long number(Map group, String field) {
        Object value = group.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void groupsRatesAndRepeatFailures(Database database) {
        RestClient zuoxi = as(database, "zuoxi", "zuoxi-demo");
        Map categoryBefore = group(stats(zuoxi, "groupBy=category"), "B0101");
        String csv = "部件编码,名称,经度,纬度,状态,权属单位\n" + OFTEN + ",," + LON + "," + LAT + ",完好," + OWNER + "\n"
                + ONCE + ",," + (LON + 0.001) + "," + LAT + ",破损," + OWNER + "\n";
        DemoServerForTest.bean(database, ComponentImport.class).importBytes("统计测试.csv", csv.getBytes(StandardCharsets.UTF_8),
                Datum.WGS84, null, null, Actor.system("test"));
        Map townshipBefore = group(stats(zuoxi, "groupBy=township"), "110112106");
        for (String code : List.of(OFTEN, OFTEN, OFTEN, ONCE)) {
            double lon = code.equals(OFTEN) ? LON : LON + 0.001;
            zuoxi.post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON).body(Map.of("category", "B0101",
                    "description", "井盖又坏了", "location", Map.of("lon", lon, "lat", LAT), "componentCode", code))
                    .retrieve().toBodilessEntity();
        }

        Map byOwner = stats(zuoxi, "groupBy=owner");
        assertThat(byOwner).containsEntry("groupBy", "owner").containsEntry("groupLabel", "权属单位");
        Map owner = group(byOwner, OWNER);
        assertThat(owner).containsEntry("name", OWNER).containsEntry("components", 2).containsEntry("cases", 4)
                .containsEntry("casesPer100", 200.0).containsEntry("statuses", Map.of("完好", 1, "破损", 1));

        Map category = group(stats(zuoxi, "groupBy=category"), "B0101");
        assertThat(category).containsEntry("name", "上水井盖");
        assertThat(number(category, "components") - number(categoryBefore, "components")).isEqualTo(2);
        assertThat(number(category, "cases") - number(categoryBefore, "cases")).isEqualTo(4);
        Map township = group(stats(zuoxi, "groupBy=township"), "110112106");
        assertThat(township).containsEntry("name", "漷县镇");
        assertThat(number(township, "cases") - number(townshipBefore, "cases")).isEqualTo(4);

        List<Map> repeats = (List<Map>) stats(zuoxi, "groupBy=owner&repeatAtLeast=3").get("repeatFailures");
        assertThat(repeats).filteredOn(r -> OWNER.equals(r.get("ownerUnit")))
                .singleElement().satisfies(r -> assertThat(r).containsEntry("code", OFTEN).containsEntry("cases", 3)
                        .containsEntry("categoryName", "上水井盖"));

        // A township's staff count their township's inventory and cases only.
        assertThat(group(stats(as(database, "huoxian", "huoxian-demo"), "groupBy=owner"), OWNER)).containsEntry("cases", 4);
        assertThat(group(stats(as(database, "liyuan", "liyuan-demo"), "groupBy=owner"), OWNER)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void badParametersAreProblemsInChinese(Database database) {
        RestClient zuoxi = as(database, "zuoxi", "zuoxi-demo");
        for (String[] bad : new String[][] {{"groupBy=colour", "分组应为"}, {"repeatAtLeast=1", "重复故障的案件数应在 2 到 1000 之间"},
                {"month=2026-13", "月份应形如"}}) {
            var response = zuoxi.get().uri("/api/v1/stats/components?" + bad[0]).retrieve().toEntity(Map.class);
            assertThat(response.getStatusCode().value()).isEqualTo(400);
            assertThat((String) response.getBody().get("detail")).contains(bad[1]);
        }
    }
}
