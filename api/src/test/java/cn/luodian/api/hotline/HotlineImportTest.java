package cn.luodian.api.hotline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.components.ComponentImport;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.storage.CaseRowsForTest;
import cn.luodian.api.storage.PostgisForTest;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TempDirsForTest;
import cn.luodian.api.unplaced.UnplacedReport;
import cn.luodian.api.unplaced.UnplacedReports;
import cn.luodian.api.unplaced.UnplacedState;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.ImportException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Hotline CSV exports into cases on the demo region, on H2GIS and PostGIS. */
class HotlineImportTest {
    static final String HEADER = "工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,位置描述,联系人,联系电话";
    // Points of the demo region: in 凌庄村 (漷县镇); and one in 西营社区 (中仓街道) whose sentence
    // reads back to a single place.
    static final double LON = 116.7726, LAT = 39.7588;
    static final double UNIQUE_LON = 116.66, UNIQUE_LAT = 39.90;
    // Its sentence fits two places, one on each side of the village ring road.
    static final double AMBIGUOUS_LON = 116.7726, AMBIGUOUS_LAT = 39.7588;

    @SpringBootTest
    abstract static class Import {
        @Autowired HotlineImporter importer;
        @Autowired CaseService cases;
        @Autowired ReferenceIndexHolder reference;
        @Autowired JdbcTemplate jdbc;
        @Autowired UnplacedReports unplaced;
        @Autowired ComponentImport components;

        final Actor dispatcher = new Actor("zuoxi", Role.DISPATCHER, "110112", null);

        @BeforeEach
        void reset() {
            CaseRowsForTest.deleteAll(jdbc);
        }

        String sentence(double lon, double lat) {
            return reference.get().describer().describe(lon, lat).text();
        }

        /** A day's export with good rows and every kind of broken row, one per line. */
        String mixedExport() {
            Coordinate gcj = Datum.GCJ02.fromWgs84(LON + 0.003, LAT);
            return String.join("\r\n",
                    HEADER,
                    "RX-001,2026-11-20 09:30:00,B0101,井盖缺失，存在安全隐患,紧急," + LON + "," + LAT + ",wgs84,,张三,13812345678",
                    "RX-002,2026/11/20 9:45,暴露垃圾,路边垃圾堆放,一般," + gcj.x + "," + gcj.y + ",gcj02,,,",
                    "RX-003,2026-11-20T10:00:00+08:00,公用设施/路灯,路灯不亮,,,,," + sentence(UNIQUE_LON, UNIQUE_LAT) + ",李四,",
                    "RX-004,2026-11-20 10:10:00,不存在的类别,某事,一般," + LON + "," + LAT + ",,,,",
                    "RX-005,2026-11-20 10:20:00,B0101,井盖松动,一般,abc," + LAT + ",,,,",
                    "RX-006,2026-11-20 10:30:00,B0101,井盖松动,一般,116.3,39.9,,,,",
                    "RX-007,2026-11-20 10:40:00,B0101,,一般," + LON + "," + LAT + ",,,,",
                    "RX-008,2026-11-20 10:50:00,B0101,\"井盖破损，\"\"很危险\"\"\n请尽快处理\",特急," + LON + "," + LAT + ",,,,",
                    "RX-009,2026-11-20 11:00:00,B0101,井盖缺失,一般,,,," + sentence(AMBIGUOUS_LON, AMBIGUOUS_LAT) + ",,",
                    "RX-010,2026-11-20 11:10:00,B0101,井盖缺失,一般," + LON + ",,,,,",
                    "RX-011,2026-11-20 11:20:00,B01,井盖缺失,一般," + LON + "," + LAT + ",,,,",
                    ",2026-11-20 11:30:00,B0101,没有编号,一般," + LON + "," + LAT + ",,,,",
                    "",
                    "RX-012,明天,B0101,井盖缺失,一般," + LON + "," + LAT + ",,,,",
                    "RX-013,2026-11-20 11:50:00,B0101,井盖缺失,很急," + LON + "," + LAT + ",,,,",
                    "RX-014,2026-11-20 12:00:00,B0101,井盖缺失,一般," + LON + "," + LAT + ",mars,,,",
                    "RX-015,2026-11-20 12:10:00,B0101,井盖缺失,一般,,,,,,",
                    "RX-016,2026-11-20 12:20:00,B0101,少一列," + LON + "," + LAT + ",,,",
                    "");
        }

        HotlineImportReport importText(String text, Charset charset, String encoding) {
            return importer.importCsv(CsvInput.of("hotline.csv", text.getBytes(charset)), encoding, dispatcher);
        }

        Map<String, CityCase> storedByExternalId() {
            return cases.list(CaseFilter.none(), dispatcher, 0, 1000).stream()
                    .collect(Collectors.toMap(CityCase::externalId, Function.identity()));
        }

        @Test
        void goodRowsAreImportedAndEachBrokenRowIsReportedByLine() {
            byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
            byte[] body = mixedExport().getBytes(StandardCharsets.UTF_8);
            byte[] withBom = new byte[bom.length + body.length];
            System.arraycopy(bom, 0, withBom, 0, bom.length);
            System.arraycopy(body, 0, withBom, bom.length, body.length);

            HotlineImportReport report = importer.importCsv(CsvInput.of("hotline.csv", withBom), null, dispatcher);

            assertThat(report.encoding()).isEqualTo("UTF-8");
            assertThat(report.rows()).isEqualTo(17);
            assertThat(report.imported()).isEqualTo(4);
            assertThat(report.unplaced()).isEqualTo(1);
            assertThat(report.alreadyPresent()).isZero();
            assertThat(report.failed()).isEqualTo(12);
            Map<Long, String> reasons = report.errors().stream()
                    .collect(Collectors.toMap(HotlineImportReport.RowError::line, HotlineImportReport.RowError::reason));
            assertThat(reasons).containsOnlyKeys(5L, 6L, 7L, 8L, 12L, 13L, 14L, 16L, 17L, 18L, 19L, 20L);
            assertThat(reasons.get(5L)).contains("无法识别的诉求类别 '不存在的类别'");
            assertThat(reasons.get(6L)).contains("经度 'abc' 不是数字");
            assertThat(reasons.get(7L)).contains("不在本区的数据范围内");
            assertThat(reasons.get(8L)).contains("诉求内容为空");
            // Line 11's words fit two places: kept whole in the 待定位 list with both, not refused.
            UnplacedReport waiting = unplaced.findByExternalId(CaseSource.HOTLINE_12345, "RX-009").orElseThrow();
            assertThat(waiting.locationText()).isEqualTo(sentence(AMBIGUOUS_LON, AMBIGUOUS_LAT));
            assertThat(waiting.description()).isEqualTo("井盖缺失");
            assertThat(waiting.reason()).isEqualTo("描述符合 2 处不同的位置");
            assertThat(waiting.candidates()).hasSize(2);
            assertThat(waiting.state()).isEqualTo(UnplacedState.WAITING);
            assertThat(reasons.get(12L)).contains("经度和纬度只填了一个");
            assertThat(reasons.get(13L)).contains("是大类");
            assertThat(reasons.get(14L)).contains("工单编号为空");
            assertThat(reasons.get(16L)).contains("来电时间 '明天'");
            assertThat(reasons.get(17L)).contains("紧急程度 '很急'");
            assertThat(reasons.get(18L)).contains("未知的坐标系 'mars'");
            assertThat(reasons.get(19L)).contains("没有位置");
            assertThat(reasons.get(20L)).contains("这一行有 9 个字段，表头有 11 个");
            assertThat(report.errors()).filteredOn(e -> e.line() == 5).singleElement()
                    .satisfies(e -> assertThat(e.externalId()).isEqualTo("RX-004"));

            Map<String, CityCase> stored = storedByExternalId();
            assertThat(stored).containsOnlyKeys("RX-001", "RX-002", "RX-003", "RX-008");
            CityCase first = stored.get("RX-001");
            assertThat(first.source()).isEqualTo(CaseSource.HOTLINE_12345);
            assertThat(first.urgency()).isEqualTo(Urgency.URGENT);
            assertThat(first.receivedAt()).isEqualTo(Instant.parse("2026-11-20T01:30:00Z"));
            assertThat(first.reporterName()).isEqualTo("张三");
            assertThat(first.reporterPhone()).isEqualTo("13812345678");
            assertThat(first.townshipName()).isEqualTo("漷县镇");
            CityCase gcj = stored.get("RX-002");
            assertThat(gcj.lon()).isCloseTo(LON + 0.003, within(1e-6));
            assertThat(gcj.lat()).isCloseTo(LAT, within(1e-6));
            assertThat(gcj.categoryCode()).isEqualTo("S0102");
            assertThat(gcj.receivedAt()).isEqualTo(Instant.parse("2026-11-20T01:45:00Z"));
            CityCase bySentence = stored.get("RX-003");
            assertThat(bySentence.lon()).isCloseTo(UNIQUE_LON, within(0.0005));
            assertThat(bySentence.lat()).isCloseTo(UNIQUE_LAT, within(0.0005));
            assertThat(bySentence.townshipName()).isEqualTo("中仓街道");
            assertThat(bySentence.categoryCode()).isEqualTo("B0112");
            assertThat(stored.get("RX-008").description()).isEqualTo("井盖破损，\"很危险\"\n请尽快处理");
            assertThat(stored.get("RX-008").urgency()).isEqualTo(Urgency.EMERGENCY);
        }

        @Test
        void importingTheSameFileAgainChangesNothing() {
            String export = mixedExport();
            HotlineImportReport first = importText(export, StandardCharsets.UTF_8, null);
            Long events = jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Long.class);
            Map<String, CityCase> before = storedByExternalId();

            HotlineImportReport again = importText(export, StandardCharsets.UTF_8, null);

            assertThat(again.imported()).isZero();
            assertThat(again.unplaced()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(first.imported() + first.unplaced());
            assertThat(again.errors()).isEqualTo(first.errors());
            assertThat(storedByExternalId()).isEqualTo(before);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Long.class)).isEqualTo(events);
        }

        @Test
        void aNumberRepeatedInTheFileIsImportedOnceAndBatchesKeepNumbersInOrder() {
            StringBuilder export = new StringBuilder(HEADER).append('\n');
            int rows = HotlineImporter.BATCH_ROWS + 5; // more than one batch
            for (int i = 1; i <= rows; i++) {
                export.append("RX-B").append(i).append(",2026-11-21 08:00:00,B0101,井盖缺失,一般,").append(LON).append(',')
                        .append(LAT).append(",,,,\n");
            }
            export.append("RX-B1,2026-11-21 08:00:00,B0101,井盖缺失,一般,").append(LON).append(',').append(LAT).append(",,,,\n");
            HotlineImportReport report = importText(export.toString(), StandardCharsets.UTF_8, null);
            assertThat(report.imported()).isEqualTo(rows);
            assertThat(report.alreadyPresent()).isEqualTo(1);
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event", Long.class)).isEqualTo(rows);
            assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT number) FROM city_case", Long.class)).isEqualTo(rows);
            assertThat(jdbc.queryForObject("SELECT number FROM city_case WHERE external_id = 'RX-B" + rows + "'", String.class))
                    .isEqualTo("TZ-20261121-%05d".formatted(rows));
            assertThat(jdbc.queryForObject("SELECT last_value FROM case_number WHERE number_day = '20261121'", Integer.class))
                    .isEqualTo(rows);
        }

        @Test
        void gbkExportsAreDetectedOrNamed() {
            Charset gbk = Charset.forName("GBK");
            String export = HEADER + "\n"
                    + "RX-101,2026-11-21 08:00:00,上水井盖,井盖丢失，行人易跌落,一般," + LON + "," + LAT + ",WGS-84,,王五,010-12345678\n";
            HotlineImportReport detected = importText(export, gbk, null);
            assertThat(detected.encoding()).isEqualTo("GBK");
            assertThat(detected.imported()).isEqualTo(1);
            assertThat(storedByExternalId().get("RX-101").description()).isEqualTo("井盖丢失，行人易跌落");
            assertThat(storedByExternalId().get("RX-101").reporterName()).isEqualTo("王五");

            HotlineImportReport named = importText(export.replace("RX-101", "RX-102"), gbk, "gbk");
            assertThat(named.encoding()).isEqualTo("GBK");
            assertThat(named.imported()).isEqualTo(1);

            assertThatThrownBy(() -> importText(export, gbk, "utf-8")).isInstanceOf(ImportException.class)
                    .hasMessageContaining("不是 UTF-8 编码（第 1 行）");
        }

        @Test
        void aRowNamingAComponentLinksTheCaseToIt() {
            String cover = "1199040101000001";
            components.importBytes("井盖.csv", ("部件编码,经度,纬度,权属单位\n" + cover + "," + LON + "," + LAT + ",通州区自来水公司（示例）\n")
                    .getBytes(StandardCharsets.UTF_8), Datum.WGS84, null, null, Actor.system("test"));
            String export = HEADER + ",部件标识码\n"
                    + "RX-401,2026-11-21 08:00,B0101,井盖丢失,一般," + LON + "," + LAT + ",,,,," + cover + "\n"
                    + "RX-402,2026-11-21 08:05,B0101,井盖丢失,一般," + LON + "," + LAT + ",,,,,1199040101999999\n"
                    + "RX-403,2026-11-21 08:10,B0101,井盖丢失,一般," + LON + "," + LAT + ",,,,,\n";
            HotlineImportReport report = importText(export, StandardCharsets.UTF_8, "auto");
            assertThat(report.imported()).isEqualTo(2);
            assertThat(report.errors()).singleElement().satisfies(e -> {
                assertThat(e.line()).isEqualTo(3L);
                assertThat(e.reason()).contains("没有标识码为 1199040101999999 的部件");
            });
            assertThat(storedByExternalId().get("RX-401").componentCode()).isEqualTo(cover);
            assertThat(storedByExternalId().get("RX-403").componentCode()).isNull();
        }

        @Test
        void englishHeadersTabsAndExtraColumns() {
            String export = "externalId\treceivedAt\tcategory\tdescription\turgency\tlon\tlat\t受理坐席\n"
                    + "RX-201\t2026-11-21 08:00\tB0101\tmanhole cover missing\turgent\t" + LON + "\t" + LAT + "\t7号坐席\n";
            HotlineImportReport report = importText(export, StandardCharsets.UTF_8, "auto");
            assertThat(report.imported()).isEqualTo(1);
            assertThat(report.ignoredColumns()).containsExactly("受理坐席");
            assertThat(storedByExternalId().get("RX-201").urgency()).isEqualTo(Urgency.URGENT);
        }

        @Test
        void unreadableFilesAreRejectedWholeAndStoreNothing() {
            String good = "RX-301,2026-11-21 08:00:00,B0101,井盖缺失,一般," + LON + "," + LAT + ",,,,\n";
            assertRejected(CsvInput.of("a.csv", new byte[0]), "文件为空");
            assertRejected(CsvInput.of("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3}), "电子表格工作簿");
            assertRejected(CsvInput.of("a.csv", ("工单编号,来电时间,诉求类别,紧急程度,经度,纬度\n" + good).getBytes(StandardCharsets.UTF_8)),
                    "表头缺少必需的列：诉求内容");
            assertRejected(CsvInput.of("a.csv", ("工单编号,诉求类别,诉求内容,经度\n" + good).getBytes(StandardCharsets.UTF_8)),
                    "表头中经度和纬度只有一列");
            assertRejected(CsvInput.of("a.csv", ("工单编号,诉求类别,诉求内容\n" + good).getBytes(StandardCharsets.UTF_8)),
                    "表头中没有位置列");
            assertRejected(CsvInput.of("a.csv", ("工单编号,工单号,诉求类别,诉求内容,位置描述\n" + good).getBytes(StandardCharsets.UTF_8)),
                    "表头中工单编号出现了两次");
            assertRejected(CsvInput.of("a.csv", (HEADER + "\n" + good + "RX-302,,B0101,\"never closed,,,,,,,\n" + good)
                    .getBytes(StandardCharsets.UTF_8)), "第 3 行：从这一行开始的带引号字段没有结束引号");
            byte[] neither = ("externalId,category,description,lon,lat\nRX-1,B0101,x,1,2\nRX-2,B0101,x,1,2\n")
                    .getBytes(StandardCharsets.US_ASCII);
            neither[neither.length - 3] = (byte) 0xFF;
            assertRejected(CsvInput.of("a.csv", neither), "既不是 UTF-8 也不是 GBK 编码的文本：不是 UTF-8 编码（第 3 行），不是 GBK 编码（第 3 行）");
            assertRejected(CsvInput.of("a.csv", (HEADER + "\n" + good).getBytes(StandardCharsets.UTF_8)), "gbk",
                    "文件不是 GBK 编码（第 1 行）：请指定正确的编码");
            assertRejected(CsvInput.of("a.csv", ("\uFEFF" + HEADER + "\n" + good).getBytes(StandardCharsets.UTF_8)), "gbk",
                    "以 UTF-8 字节顺序标记开头");
            assertRejected(CsvInput.of("a.csv", ("编号,内容\n" + good).getBytes(StandardCharsets.UTF_8)),
                    "表头中没有任何可识别的列（按 UTF-8 编码读取，文件是这种编码吗？）");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM city_case", Long.class)).isZero();
        }

        @Test
        void onlyDispatchSupervisionAndAdminMayImport() {
            Actor township = new Actor("huoxian", Role.TOWNSHIP_STAFF, "110112106", null);
            assertThatThrownBy(() -> importer.importCsv(CsvInput.of("a.csv", HEADER.getBytes(StandardCharsets.UTF_8)), null, township))
                    .isInstanceOf(ForbiddenException.class);
            Actor supervisor = new Actor("duban", Role.SUPERVISOR, "110112", null);
            String export = HEADER + "\nRX-401,,B0101,井盖缺失,,"+ LON + "," + LAT + ",,,,\n";
            assertThat(importer.importCsv(CsvInput.of("a.csv", export.getBytes(StandardCharsets.UTF_8)), null, supervisor).imported())
                    .isEqualTo(1);
        }

        void assertRejected(CsvInput input, String message) {
            assertRejected(input, null, message);
        }

        void assertRejected(CsvInput input, String encoding, String message) {
            assertThatThrownBy(() -> importer.importCsv(input, encoding, dispatcher)).isInstanceOf(ImportException.class)
                    .hasMessageContaining(message);
        }
    }

    @Nested
    class OnH2gis extends Import {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", HotlineImportTest::tempDir);
        }
    }

    @Nested
    class OnPostgis extends Import {
        @DynamicPropertySource
        static void store(DynamicPropertyRegistry registry) {
            registry.add("luodian.data-dir", HotlineImportTest::tempDir);
            registry.add("spring.datasource.url", () -> PostgisForTest.get().createDatabase());
            registry.add("spring.datasource.username", () -> "postgres");
            registry.add("spring.datasource.password", () -> "");
        }
    }

    static String tempDir() {
        return TempDirsForTest.create("luodian-hotline").toString();
    }
}
