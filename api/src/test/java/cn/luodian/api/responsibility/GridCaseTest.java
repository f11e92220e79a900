package cn.luodian.api.responsibility;

import static cn.luodian.api.responsibility.GridApiClient.ADMIN;
import static cn.luodian.api.responsibility.GridApiClient.demo;
import static cn.luodian.api.responsibility.GridApiClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cases meet their grid worker, on H2GIS and PostGIS: a new case stores its cell's 责任网格 and the
 * worker on duty then, and keeps them when the worker or the cell is reassigned later; a grid worker
 * sees the cases in their grids' cells, those placed with them and those they reported, nobody
 * else's; their reports come from 网格巡查.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class GridCaseTest {
    /** 凌庄村 (漷县镇), in a demo 村庄 grid. */
    static final double[] LINGZHUANG = {116.7726, 39.7588};

    @Nested
    class OnH2gis extends Cases {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Cases {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Cases {
        final GridApiClient api;

        Cases(Database database) {
            api = new GridApiClient(database);
        }

        private Map caseAs(String auth, Object id) {
            return api.ok("GET", "/api/v1/cases/" + id, auth, null);
        }

        private List<Object> listedIds(String auth) {
            List<Map> cases = (List<Map>) api.ok("GET", "/api/v1/cases?limit=200", auth, null).get("cases");
            return new ArrayList<>(cases.stream().map(c -> c.get("id")).toList());
        }

        @Test
        void aCaseKeepsTheWorkerOfItsTimeWhenTheGridIsReassigned() {
            String village = GridApiTest.TOWNSHIP + "023";
            List<String> cells = List.of(village + "001", village + "002");
            String suffix = api.database.name().toLowerCase().substring(0, 2);
            String w1 = "gw-c1-" + suffix;
            String w2 = "gw-c2-" + suffix;
            String auth1 = api.gridWorker(w1, GridApiTest.TOWNSHIP);
            String auth2 = api.gridWorker(w2, GridApiTest.TOWNSHIP);
            Map grid = api.ok("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "案件测试网格", "cells", cells));
            Object gridId = grid.get("id");
            api.ok("PUT", "/api/v1/grids/" + gridId + "/people", demo(ADMIN), Map.of("workers", List.of(w1)));
            double[] point = api.pointIn(cells.get(0));

            Map first = api.report(demo("zuoxi"), point, "井盖丢失（网格员测试一）");
            assertThat(first.get("responsibilityGrid")).isEqualTo(Map.of("id", gridId, "name", "案件测试网格"));
            assertThat(first.get("gridWorker")).isEqualTo(Map.of("username", w1, "name", "测试网格员" + w1));
            assertThat(caseAs(auth1, first.get("id")).get("number")).isEqualTo(first.get("number"));

            // Reassigned: new cases go to w2, the old one stays w1's (its 核查 is still theirs); w2 sees
            // every case in the cells they have now.
            api.ok("PUT", "/api/v1/grids/" + gridId + "/people", demo(ADMIN), Map.of("workers", List.of(w2)));
            Map second = api.report(demo("zuoxi"), point, "井盖丢失（网格员测试二）");
            assertThat(((Map) second.get("gridWorker")).get("username")).isEqualTo(w2);
            assertThat(((Map) caseAs(demo("zuoxi"), first.get("id")).get("gridWorker")).get("username")).isEqualTo(w1);
            assertThat(listedIds(auth2)).contains(first.get("id"), second.get("id"));
            assertThat(caseAs(auth1, first.get("id")).get("number")).isEqualTo(first.get("number"));
            refused(api.send("GET", "/api/v1/cases/" + second.get("id"), auth1, null), 404, "没有这个案件");
            assertThat(listedIds(auth1)).contains(first.get("id")).doesNotContain(second.get("id"));

            // The cell leaves the grid: a new case there has no grid; the old ones keep theirs.
            api.ok("PUT", "/api/v1/grids/" + gridId, demo(ADMIN), Map.of("name", "案件测试网格", "cells", cells.subList(1, 2)));
            Map third = api.report(demo("zuoxi"), point, "井盖丢失（网格员测试三）");
            assertThat(third.get("responsibilityGrid")).isNull();
            assertThat(third.get("gridWorker")).isNull();
            assertThat(caseAs(demo("zuoxi"), second.get("id")).get("responsibilityGrid")).isEqualTo(Map.of("id", gridId, "name", "案件测试网格"));
            assertThat(listedIds(auth2)).contains(second.get("id")).doesNotContain(first.get("id"), third.get("id"));
        }

        @Test
        void aDemoGridWorkerSeesTheCasesOfTheirCellsAndTheirOwnReports() {
            Map reported = api.report(demo("zuoxi"), LINGZHUANG, "路灯不亮（网格测试）");
            String village = (String) ((Map) reported.get("village")).get("code");
            boolean firstVillages = Integer.parseInt(village.substring(9)) <= 231;
            String mine = firstVillages ? "huoxian-wgy2" : "huoxian-wgy3";
            String notMine = firstVillages ? "huoxian-wgy3" : "huoxian-wgy2";
            assertThat(reported.get("gridWorker")).isEqualTo(Map.of("username", mine,
                    "name", firstVillages ? "漷县镇村庄网格员甲（示例）" : "漷县镇村庄网格员乙（示例）"));
            assertThat((String) ((Map) reported.get("responsibilityGrid")).get("name")).startsWith("漷县镇村庄");
            Object id = reported.get("id");

            assertThat(caseAs(demo(mine), id).get("number")).isEqualTo(reported.get("number"));
            assertThat(caseAs(demo("huoxian-wgz"), id).get("number")).isEqualTo(reported.get("number"));
            assertThat(listedIds(demo(mine))).contains(id);
            refused(api.send("GET", "/api/v1/cases/" + id, demo(notMine), null), 404, "没有这个案件");
            refused(api.send("GET", "/api/v1/cases/by-number/" + reported.get("number"), demo("liyuan-wgy1"), null), 404, "的案件");
            assertThat(listedIds(demo(notMine))).doesNotContain(id);
            assertThat(listedIds(demo("liyuan-wgy1"))).doesNotContain(id);

            // A worker's own report, in their township but outside their grid: from 网格巡查, theirs to see.
            Map own = api.ok("POST", "/api/v1/cases", demo("huoxian-wgy1"), Map.of("category", "B0101",
                    "description", "井盖破损（网格员上报）", "location", Map.of("lon", LINGZHUANG[0], "lat", LINGZHUANG[1], "crs", "wgs84")));
            assertThat(own.get("source")).isEqualTo("grid_patrol");
            assertThat(((Map) own.get("gridWorker")).get("username")).isEqualTo(mine);
            assertThat(listedIds(demo("huoxian-wgy1"))).contains(own.get("id")).doesNotContain(id);
            assertThat(listedIds(demo(mine))).contains(own.get("id"));
            refused(api.send("POST", "/api/v1/cases", demo("liyuan-wgy1"), Map.of("category", "B0101", "description", "越界上报",
                    "location", Map.of("lon", LINGZHUANG[0], "lat", LINGZHUANG[1], "crs", "wgs84"))), 403, "不在您的辖区内");

            // Every case a worker lists is in their grid's cells or reported by them.
            Map grid = api.grids(demo("huoxian-wgy1"), null).get(0);
            List<String> cells = (List<String>) grid.get("cells");
            List<Map> listed = (List<Map>) api.ok("GET", "/api/v1/cases?limit=200", demo("huoxian-wgy1"), null).get("cases");
            assertThat(listed).allSatisfy(c -> assertThat(c.get("id").equals(own.get("id"))
                    || cells.contains(((Map) c.get("gridCell")).get("code"))).isTrue());
        }
    }
}
