package cn.luodian.api.assessment;

import java.util.LinkedHashMap;
import java.util.Map;

/** The assessment as JSON: plain maps, labels in Chinese, each rate as numerator, denominator and share. */
final class AssessmentJson {

    private AssessmentJson() {
    }

    static Map<String, Object> of(AssessmentReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", Map.of("from", report.period().from().toString(), "to", report.period().to().toString(),
                "zone", report.period().zone().getId()));
        json.put("by", report.by().id());
        json.put("byLabel", report.by().label());
        json.put("scope", report.scope());
        json.put("asOf", report.asOf().toString());
        json.put("verificationWithinHours", report.verificationWithin().toMinutes() / 60.0);
        json.put("score", "网格内案件四项指标中有分母者的加权平均，与乡镇/街道排名相同");
        json.put("ranked", report.ranked());
        json.put("rows", report.rows().stream().map(AssessmentJson::row).toList());
        return json;
    }

    private static Map<String, Object> row(AssessmentRow r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rank", r.rank());
        json.put("score", r.score());
        json.put("key", r.key());
        json.put("name", r.name());
        json.put("role", r.role());
        json.put("township", r.townshipCode() == null ? null : Map.of("code", r.townshipCode(), "name", r.townshipName()));
        json.put("grids", r.grids());
        json.put("reports", r.reports());
        json.put("tasks", r.tasks());
        json.put("verification", r.verification().json("核查及时率"));
        json.put("coverage", r.coverage().json("巡查覆盖率"));
        json.put("cases", r.cases().cases());
        json.put("response", r.cases().response().json("响应率"));
        json.put("resolution", r.cases().resolution().json("解决率"));
        json.put("satisfaction", r.cases().satisfaction().json("满意率"));
        json.put("onTimeClosure", r.cases().onTimeClosure().json("按期结案率"));
        return json;
    }
}
