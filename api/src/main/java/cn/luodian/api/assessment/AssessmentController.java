package cn.luodian.api.assessment;

import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/grids/assessment} (JSON) and {@code …/assessment.csv} (the same rows for
 * Excel): the grid workers' assessment for a period, per worker or per 责任网格, ranked. Bad
 * parameters are 400 problem+json; who may read what is in {@link Assessments}.
 */
@RestController
@Tag(name = "assessment", description = "网格员考核：上报、核查及时率、巡查覆盖率与网格内案件的四项指标")
public class AssessmentController {
    private final Assessments assessments;
    private final CaseSettings settings;
    private final Clock clock;

    public AssessmentController(Assessments assessments, CaseSettings settings, Clock clock) {
        this.assessments = assessments;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(summary = "网格员考核（按网格员或责任网格排名）：期间为 month=YYYY-MM，或 from/to 日期（不含 to），缺省为本月")
    @GetMapping("/api/v1/grids/assessment")
    public Map<String, Object> assessment(
            @Parameter(description = "worker（网格员，缺省）或 grid（责任网格）") @RequestParam(required = false) String by,
            @Parameter(description = "月份 YYYY-MM") @RequestParam(required = false) String month,
            @Parameter(description = "开始日期 YYYY-MM-DD（含）") @RequestParam(required = false) String from,
            @Parameter(description = "结束日期 YYYY-MM-DD（不含）") @RequestParam(required = false) String to,
            @Parameter(description = "乡镇/街道代码（9 位），限于本人辖区") @RequestParam(required = false) String township,
            Actor actor) {
        return AssessmentJson.of(report(by, month, from, to, township, actor));
    }

    @Operation(summary = "网格员考核 CSV（UTF-8 带 BOM，中文列名，按排名）")
    @GetMapping(path = "/api/v1/grids/assessment.csv", produces = "text/csv;charset=UTF-8")
    public ResponseEntity<byte[]> csv(@RequestParam(required = false) String by,
                                      @RequestParam(required = false) String month,
                                      @RequestParam(required = false) String from,
                                      @RequestParam(required = false) String to,
                                      @RequestParam(required = false) String township,
                                      Actor actor) {
        AssessmentReport report = report(by, month, from, to, township, actor);
        String name = "assessment-" + report.by().id() + "-" + report.period().from() + "-" + report.period().to() + ".csv";
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(AssessmentCsv.write(report));
    }

    private AssessmentReport report(String by, String month, String from, String to, String township, Actor actor) {
        AssessmentBy rows = AssessmentBy.parse(by);
        AssessmentPeriod period = AssessmentPeriod.parse(month, from, to, settings.zone(), clock.instant());
        String code = township == null || township.isBlank() ? null : township.trim();
        if (code != null && !code.matches("\\d{9}")) {
            throw new BadRequestException("乡镇/街道代码应为 9 位数字");
        }
        return assessments.assess(actor, period, rows, code);
    }
}
