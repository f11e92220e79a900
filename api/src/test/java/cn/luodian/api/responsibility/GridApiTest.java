package cn.luodian.api.responsibility;

import static cn.luodian.api.responsibility.GridApiClient.ADMIN;
import static cn.luodian.api.responsibility.GridApiClient.demo;
import static cn.luodian.api.responsibility.GridApiClient.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.storage.Database;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * 责任网格 over HTTP on H2GIS and PostGIS: the demo grids cover their townships' cells with workers
 * and a leader; create, edit, assign with history and audit; bad input is a Chinese 400 that changes
 * nothing; only the administrator and the township's staff write; imports are all or nothing.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class GridApiTest {
    /** A township without demo grids: 中仓街道. Its villages give each test cells of its own. */
    static final String TOWNSHIP = "110112001";

    @Nested
    class OnH2gis extends Endpoints {
        OnH2gis() {
            super(Database.H2GIS);
        }
    }

    @Nested
    class OnPostgis extends Endpoints {
        OnPostgis() {
            super(Database.POSTGIS);
        }
    }

    abstract static class Endpoints {
        final GridApiClient api;

        Endpoints(Database database) {
            api = new GridApiClient(database);
        }

        /** The stored cells of a village, sequence 001 up to the first missing one, at most {@code max}. */
        List<String> cellsOf(String village, int max) {
            List<String> cells = new ArrayList<>();
            for (int i = 1; i <= max; i++) {
                String code = village + "%03d".formatted(i);
                if (api.send("GET", "/api/v1/grid/cells/" + code, demo(ADMIN), null).getStatusCode().value() != 200) {
                    break;
                }
                cells.add(code);
            }
            return cells;
        }

        @Test
        void theDemoGridsCoverTheirTownshipsWithAWorkerAndALeaderEach() {
            for (String township : List.of("110112106", "110112121")) {
                List<Map> grids = api.grids(demo(township.equals("110112106") ? "huoxian" : "liyuan"), township);
                assertThat(grids).hasSize(township.equals("110112106") ? 3 : 2);
                Set<String> covered = new HashSet<>();
                for (Map grid : grids) {
                    assertThat((String) grid.get("name")).endsWith("（示例）");
                    assertThat(grid.get("demo")).isEqualTo(true);
                    assertThat(((Map) grid.get("township")).get("code")).isEqualTo(township);
                    assertThat((List) grid.get("workers")).singleElement()
                            .satisfies(w -> assertThat((String) ((Map) w).get("name")).endsWith("（示例）"));
                    assertThat(((Map) grid.get("leader")).get("username")).isEqualTo(
                            township.equals("110112106") ? "huoxian-wgz" : "liyuan-wgz");
                    covered.addAll((List<String>) grid.get("cells"));
                }
                // Every cell of a community and of the first and last villages is in one of them.
                List<String> villages = township.equals("110112106")
                        ? List.of("110112106001", "110112106201", "110112106261")
                        : List.of("110112121004", "110112121033", "110112121223");
                for (String village : villages) {
                    List<String> cells = cellsOf(village, 999);
                    assertThat(cells).as(village).isNotEmpty();
                    assertThat(covered).containsAll(cells);
                }
            }
        }

        @Test
        void createEditAssignWithHistoryAndAudit() {
            String village = TOWNSHIP + "006";
            List<String> cells = cellsOf(village, 4);
            assertThat(cells).hasSizeGreaterThanOrEqualTo(3);
            String suffix = api.database.name().toLowerCase().substring(0, 2);
            String worker1 = "gw-a1-" + suffix;
            String worker2 = "gw-a2-" + suffix;
            api.gridWorker(worker1, TOWNSHIP);
            api.gridWorker(worker2, TOWNSHIP);

            ResponseEntity<Map> created = api.send("POST", "/api/v1/grids", demo(ADMIN),
                    Map.of("name", "测试网格甲", "cells", cells.subList(0, 2)));
            assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
            Map grid = created.getBody();
            Object id = grid.get("id");
            assertThat(grid).containsEntry("cellCount", 2).containsEntry("demo", false);
            assertThat((String) grid.get("code")).startsWith(TOWNSHIP + "-G");
            assertThat(((Map) grid.get("township")).get("name")).isNotNull();

            Map edited = api.ok("PUT", "/api/v1/grids/" + id, demo(ADMIN),
                    Map.of("name", "测试网格甲（改）", "cells", List.of(cells.get(1), cells.get(2))));
            assertThat(edited.get("cells")).isEqualTo(List.of(cells.get(1), cells.get(2)));
            Map assigned = api.ok("PUT", "/api/v1/grids/" + id + "/people", demo(ADMIN),
                    Map.of("workers", List.of(worker1), "leader", worker2));
            assertThat((List<Map>) assigned.get("workers")).extracting(w -> w.get("username")).containsExactly(worker1);
            assertThat(((Map) assigned.get("leader")).get("roleLabel")).isEqualTo("网格长");
            // Reassigned: worker1 leaves, worker2 moves from leader to worker.
            Map reassigned = api.ok("PUT", "/api/v1/grids/" + id + "/people", demo(ADMIN), Map.of("workers", List.of(worker2)));
            assertThat((List<Map>) reassigned.get("workers")).extracting(w -> w.get("username")).containsExactly(worker2);
            assertThat(reassigned.get("leader")).isNull();

            Map history = api.ok("GET", "/api/v1/grids/" + id + "/history", demo(ADMIN), null);
            List<Map> people = (List<Map>) history.get("people");
            assertThat(people).hasSize(3);
            assertThat(people.stream().filter(p -> p.get("validTo") == null).map(p -> p.get("username") + "/" + p.get("role")))
                    .containsExactly(worker2 + "/worker");
            assertThat(people.stream().filter(p -> p.get("validTo") != null).map(p -> p.get("username") + "/" + p.get("role")))
                    .containsExactlyInAnyOrder(worker1 + "/worker", worker2 + "/leader");
            List<Map> cellHistory = (List<Map>) history.get("cells");
            assertThat(cellHistory.stream().filter(c -> c.get("validTo") != null).map(c -> c.get("cellCode")))
                    .containsExactly(cells.get(0));
            assertThat(api.audit(id)).containsExactly("grid.assign", "grid.assign", "grid.update", "grid.create");

            // The cell that left is free again: another grid may take it.
            assertThat(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "测试网格乙", "cells", List.of(cells.get(0))))
                    .getStatusCode().value()).isEqualTo(201);
        }

        @Test
        void badInputIsAChinese400AndChangesNothing() {
            List<String> cells = cellsOf(TOWNSHIP + "011", 3);
            assertThat(cells).hasSizeGreaterThanOrEqualTo(2);
            String demoCell = (String) ((List) api.grids(demo("huoxian"), null).get(0).get("cells")).get(0);
            List<Map> before = api.grids(demo(ADMIN), null);

            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "坏", "cells", List.of(TOWNSHIP + "999001"))), 400, "没有代码为");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "坏", "cells", List.of("12ab"))), 400, "15 位数字");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "坏", "cells", List.of(cells.get(0), demoCell))), 400, "同一个街乡镇");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "坏", "cells", List.of(demoCell))), 400, "已属于责任网格");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "坏\n名", "cells", cells)), 400, "控制字符");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "长".repeat(61), "cells", cells)), 400, "不能超过 60 个字");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "空", "cells", List.of())), 400, "至少要有一个");
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "重", "cells", List.of(cells.get(0), cells.get(0)))), 400, "重复");
            List<String> tooMany = new ArrayList<>();
            for (int i = 0; i < 2001; i++) {
                tooMany.add(cells.get(0));
            }
            refused(api.send("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "多", "cells", tooMany)), 400, "最多 2000 个");

            long id = ((Number) api.ok("POST", "/api/v1/grids", demo(ADMIN), Map.of("name", "测试网格丙", "cells", cells)).get("id")).longValue();
            Map grid = api.ok("GET", "/api/v1/grids/" + id, demo(ADMIN), null);
            refused(api.send("PUT", "/api/v1/grids/" + id + "/people", demo(ADMIN), Map.of("workers", List.of("zuoxi"))), 400, "不是网格员");
            refused(api.send("PUT", "/api/v1/grids/" + id + "/people", demo(ADMIN), Map.of("workers", List.of("liyuan-wgy1"))), 400, "不属于街乡镇");
            refused(api.send("PUT", "/api/v1/grids/" + id + "/people", demo(ADMIN), Map.of("workers", List.of("nobody-here"))), 400, "没有账号");
            refused(api.send("PUT", "/api/v1/grids/" + id, demo(ADMIN), Map.of("name", "测试网格丙", "cells", List.of(demoCell))), 400, "街乡镇");
            refused(api.send("PUT", "/api/v1/grids/987654", demo(ADMIN), Map.of("name", "无", "cells", cells)), 404, "没有编号为 987654");
            refused(api.send("GET", "/api/v1/grids?limit=501", demo(ADMIN), null), 400, "每页条数");
            assertThat(api.ok("GET", "/api/v1/grids/" + id, demo(ADMIN), null)).isEqualTo(grid);
            assertThat(api.audit(id)).containsExactly("grid.create");
            List<Map> after = api.grids(demo(ADMIN), null);
            assertThat(after).hasSize(before.size() + 1);
        }

        @Test
        void onlyTheAdministratorAndTheTownshipsStaffWrite() {
            Map demoGrid = api.grids(demo("huoxian"), null).get(0);
            Object id = demoGrid.get("id");
            Map liyuanGrid = api.grids(demo("liyuan"), null).get(0);
            List<String> cells = cellsOf(TOWNSHIP + "016", 2);
            assertThat(cells).isNotEmpty();
            Map body = Map.of("name", "越权", "cells", cells);
            for (String user : List.of("huoxian", "zuoxi", "duban", "fenxi", "chengguan", "huoxian-wgy1", "huoxian-wgz")) {
                refused(api.send("POST", "/api/v1/grids", demo(user), body), 403, "责任网格");
            }
            refused(api.send("PUT", "/api/v1/grids/" + liyuanGrid.get("id"), demo("huoxian"),
                    Map.of("name", "越权")), 403, "本街乡镇");
            refused(api.send("PUT", "/api/v1/grids/" + id + "/people", demo("huoxian-wgz"), Map.of("workers", List.of())), 403, "管理责任网格");
            refused(api.upload(demo("huoxian-wgy1"), "g.csv", (cells.get(0) + ",越权网格,\n").getBytes(StandardCharsets.UTF_8)), 403, "管理责任网格");
            refused(api.send("GET", "/api/v1/grids", demo("chengguan"), null), 403, "责任单位");
            byte[] csv = (cells.get(0) + ",越权网格,\n").getBytes(StandardCharsets.UTF_8);
            for (String user : List.of("zuoxi", "duban", "fenxi", "chengguan", "huoxian-wgy1", "liyuan-wgz")) {
                refused(api.send("PUT", "/api/v1/grids/" + id, demo(user), Map.of("name", "越权")), 403, "责任网格");
                refused(api.send("PUT", "/api/v1/grids/" + id + "/people", demo(user), Map.of("workers", List.of())), 403, "责任网格");
                refused(api.upload(demo(user), "g.csv", csv), 403, "责任网格");
            }
            refused(api.send("GET", "/api/v1/grids/" + id + "/history", demo("chengguan"), null), 403, "责任单位");
            refused(api.send("GET", "/api/v1/grids/" + id + "/history", demo("liyuan"), null), 403, "不在您的辖区内");
            refused(api.send("GET", "/api/v1/grids/" + id, demo("liyuan-wgy1"), null), 403, "不在您的辖区内");
            refused(api.upload(demo("liyuan"), "g.csv", csv), 403, "本街乡镇");
            refused(api.send("GET", "/api/v1/grids/" + liyuanGrid.get("id"), demo("huoxian"), null), 403, "不在您的辖区内");
            refused(api.send("GET", "/api/v1/grids?township=110112121", demo("huoxian"), null), 403, "不在您的辖区内");

            // The township's staff edit their own grids (and put them back).
            String name = (String) demoGrid.get("name");
            assertThat(api.ok("PUT", "/api/v1/grids/" + id, demo("huoxian"), Map.of("name", name + "改")).get("name")).isEqualTo(name + "改");
            api.ok("PUT", "/api/v1/grids/" + id, demo("huoxian"), Map.of("name", name));
            // Readers in scope: the district's roles see every township's grids, a grid worker only their own.
            assertThat(api.grids(demo("duban"), null)).hasSizeGreaterThanOrEqualTo(5);
            assertThat(api.grids(demo("fenxi"), "110112106")).hasSize(3);
            List<Map> own = api.grids(demo("huoxian-wgy1"), null);
            assertThat(own).singleElement().satisfies(g -> assertThat(((Map) g).get("name")).isEqualTo("漷县镇社区网格（示例）"));
            assertThat(api.grids(demo("huoxian-wgz"), null)).hasSize(3);
            Object other = api.grids(demo("huoxian"), null).stream().filter(g -> !g.get("id").equals(own.get(0).get("id")))
                    .findFirst().orElseThrow().get("id");
            refused(api.send("GET", "/api/v1/grids/" + other, demo("huoxian-wgy1"), null), 403, "不在您的辖区内");
            assertThat(api.ok("GET", "/api/v1/grids/" + own.get(0).get("id") + "/history", demo("huoxian-wgy1"), null)).containsKey("people");
        }

        @Test
        void importsAreAllOrNothingInUtf8AndGbk() {
            List<String> cells = cellsOf(TOWNSHIP + "021", 4);
            assertThat(cells).hasSizeGreaterThanOrEqualTo(3);
            String suffix = api.database.name().toLowerCase().substring(0, 2);
            String worker = "gw-i1-" + suffix;
            api.gridWorker(worker, TOWNSHIP);
            List<Map> before = api.grids(demo(ADMIN), null);

            String bad = "cellCode,gridName,worker\n" + cells.get(0) + ",导入网格甲," + worker + "\n" + cells.get(1) + ",导入网格甲,zuoxi\n";
            refused(api.upload(demo(ADMIN), "g.csv", bad.getBytes(StandardCharsets.UTF_8)), 400, "第 3 行");
            String unknown = "cellCode,gridName,worker\n" + cells.get(0) + ",导入网格甲,\n" + TOWNSHIP + "999001,导入网格甲,\n";
            refused(api.upload(demo(ADMIN), "g.csv", unknown.getBytes(StandardCharsets.UTF_8)), 400, "第 3 行：没有代码为");
            String twice = cells.get(0) + ",导入网格甲,\n" + cells.get(0) + ",导入网格乙,\n";
            refused(api.upload(demo(ADMIN), "g.csv", twice.getBytes(StandardCharsets.UTF_8)), 400, "第 2 行：单元网格 " + cells.get(0) + " 在第 1 行已出现过");
            refused(api.upload(demo(ADMIN), "g.csv", (cells.get(0) + "\n").getBytes(StandardCharsets.UTF_8)), 400, "第 1 行：应有 2 或 3 列");
            String demoCell = (String) ((List) api.grids(demo("huoxian"), null).get(0).get("cells")).get(0);
            String spanning = cells.get(0) + ",跨镇网格,\n" + demoCell + ",跨镇网格,\n";
            refused(api.upload(demo(ADMIN), "g.csv", spanning.getBytes(StandardCharsets.UTF_8)), 400, "第 2 行：责任网格「跨镇网格」的单元网格应在同一个街乡镇内");
            refused(api.upload(demo(ADMIN), "g.geojson", "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\"".getBytes(StandardCharsets.UTF_8)), 400, "JSON");
            assertThat(api.grids(demo(ADMIN), null)).isEqualTo(before);

            // GBK, as Excel saves it: the grid is created with its worker.
            String good = "单元网格代码,责任网格名称,网格员\r\n" + cells.get(0) + ",导入网格甲," + worker + "\r\n" + cells.get(1) + ",导入网格甲,\r\n";
            Map report = api.upload(demo(ADMIN), "g.csv", good.getBytes(Charset.forName("GBK"))).getBody();
            assertThat(report).containsEntry("gridsCreated", 1).containsEntry("cellsAdded", 2).containsEntry("workersAssigned", 1);
            Map grid = api.grids(demo(ADMIN), TOWNSHIP).stream().filter(g -> g.get("name").equals("导入网格甲")).findFirst().orElseThrow();
            assertThat(grid.get("cells")).isEqualTo(List.of(cells.get(0), cells.get(1)));
            assertThat((List<Map>) grid.get("workers")).extracting(w -> w.get("username")).containsExactly(worker);
            assertThat(api.audit(grid.get("id"))).containsExactly("grid.import");

            // GeoJSON: a cell's own polygon covers that cell only; UTF-8 with a byte-order mark.
            Map cellFeature = api.ok("GET", "/api/v1/grid/cells/" + cells.get(2), demo(ADMIN), null);
            String geojson = "\uFEFF{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"gridName\":\"导入网格甲\"},"
                    + "\"geometry\":" + toJson(cellFeature.get("geometry")) + "}]}";
            Map second = api.upload(demo(ADMIN), "g.geojson", geojson.getBytes(StandardCharsets.UTF_8)).getBody();
            assertThat(second).containsEntry("gridsChanged", 1).containsEntry("cellsAdded", 1);
            assertThat(api.ok("GET", "/api/v1/grids/" + grid.get("id"), demo(ADMIN), null).get("cells"))
                    .isEqualTo(List.of(cells.get(0), cells.get(1), cells.get(2)));
        }

        private static String toJson(Object value) {
            return tools.jackson.databind.json.JsonMapper.builder().build().writeValueAsString(value);
        }
    }
}
