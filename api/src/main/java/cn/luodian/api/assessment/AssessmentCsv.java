package cn.luodian.api.assessment;

import cn.luodian.api.stats.Rate;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The assessment as CSV (RFC 4180, CRLF, Chinese column names), UTF-8 with a byte-order mark
 * because Excel reads Chinese as mojibake without one (as the hotspot and exposure exports). Rates
 * are percentages with one decimal, empty when nothing counts towards them; names that a
 * spreadsheet would take for a formula are kept as text.
 */
final class AssessmentCsv {
    private static final String BOM = "\uFEFF";
    static final List<String> WORKER_COLUMNS = List.of("排名", "网格员", "账号", "角色", "乡镇/街道", "责任网格", "上报问题数",
            "核查任务数", "按时核查数", "核查及时率", "巡查覆盖率", "案件数", "响应率", "解决率", "满意率", "按期结案率", "综合得分");
    static final List<String> GRID_COLUMNS = List.of("排名", "责任网格", "网格编码", "乡镇/街道", "网格员", "上报问题数",
            "核查任务数", "按时核查数", "核查及时率", "巡查覆盖率", "案件数", "响应率", "解决率", "满意率", "按期结案率", "综合得分");

    private AssessmentCsv() {
    }

    static byte[] write(AssessmentReport report) {
        boolean workers = report.by() == AssessmentBy.WORKER;
        StringBuilder csv = new StringBuilder(BOM);
        csv.append(String.join(",", workers ? WORKER_COLUMNS : GRID_COLUMNS)).append("\r\n");
        for (AssessmentRow r : report.rows()) {
            List<String> fields = workers
                    ? List.of(String.valueOf(r.rank()), field(r.name()), field(r.key()), field(r.role()), field(r.townshipName()),
                    field(String.join("、", r.grids())))
                    : List.of(String.valueOf(r.rank()), field(r.name()), field(r.key()), field(r.townshipName()),
                    field(String.join("、", r.grids())));
            csv.append(String.join(",", fields)).append(',')
                    .append(List.of(String.valueOf(r.reports()), String.valueOf(r.tasks()),
                            String.valueOf(r.verification().numerator()), percent(r.verification()), percent(r.coverage()),
                            String.valueOf(r.cases().cases()), percent(r.cases().response()), percent(r.cases().resolution()),
                            percent(r.cases().satisfaction()), percent(r.cases().onTimeClosure()),
                            r.score() == null ? "" : String.format(Locale.ROOT, "%.1f", r.score() * 100))
                            .stream().collect(Collectors.joining(",")))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String percent(Rate rate) {
        Double value = rate.value();
        return value == null ? "" : String.format(Locale.ROOT, "%.1f%%", value * 100);
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String text = value;
        if (!text.isEmpty() && "=+-@\t".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
