package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hotspot analyses over HTTP ({@code POST /api/v1/hotspots/…}): GeoJSON by default, CSV with
 * {@code ?format=csv} or {@code Accept: text/csv}. Bad input is 400 problem+json.
 */
@RestController
@RequestMapping("/api/v1/hotspots")
public class HotspotController {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final GiStarAnalysis giStar;
    private final LocalMoranAnalysis localMoran;
    private final KernelDensityAnalysis kernelDensity;
    private final EmergingAnalysis emerging;
    private final WarningAnalysis warnings;
    private final MonthlyTopics monthlyTopics;

    public HotspotController(GiStarAnalysis giStar, LocalMoranAnalysis localMoran, KernelDensityAnalysis kernelDensity,
                             EmergingAnalysis emerging, WarningAnalysis warnings, MonthlyTopics monthlyTopics) {
        this.giStar = giStar;
        this.localMoran = localMoran;
        this.kernelDensity = kernelDensity;
        this.emerging = emerging;
        this.warnings = warnings;
        this.monthlyTopics = monthlyTopics;
    }

    @PostMapping("/gi-star")
    public ResponseEntity<byte[]> giStar(@RequestBody(required = false) HotspotRequest request,
                                         @RequestParam(required = false) String format,
                                         @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                         Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        return form.answer(giStar.run(orEmpty(request), actor), "gi-star");
    }

    @PostMapping("/local-moran")
    public ResponseEntity<byte[]> localMoran(@RequestBody(required = false) HotspotRequest request,
                                             @RequestParam(required = false) String format,
                                             @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                             Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        return form.answer(localMoran.run(orEmpty(request), actor), "local-moran");
    }

    @PostMapping("/kernel-density")
    public ResponseEntity<byte[]> kernelDensity(@RequestBody(required = false) HotspotRequest request,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        return form.answer(kernelDensity.run(orEmpty(request), actor), "kernel-density");
    }

    @PostMapping("/emerging")
    public ResponseEntity<byte[]> emerging(@RequestBody(required = false) HotspotRequest request,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        return form.answer(emerging.run(orEmpty(request), actor), "emerging");
    }

    @PostMapping("/warnings")
    public ResponseEntity<byte[]> warnings(@RequestBody(required = false) HotspotRequest request,
                                      @RequestParam(required = false) String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        return form.answer(warnings.run(orEmpty(request), actor), "warnings");
    }

    @PostMapping("/monthly-topics")
    public ResponseEntity<byte[]> monthlyTopics(@RequestBody(required = false) HotspotRequest request,
                                                @RequestParam(required = false) String format,
                                                @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                                Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        MonthlyTopics.Report report = monthlyTopics.topics(orEmpty(request), actor);
        if (form == HotspotFormat.CSV) {
            return form.answer(MonthlyTopicsTable.of(report), "monthly-topics-" + report.month());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parameters", report.parameters());
        body.put("summary", Map.of("cases", report.cases(), "previousCases", report.previousCases()));
        body.put("byCount", report.byCount());
        body.put("byGrowth", report.byGrowth());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(MAPPER.writeValueAsBytes(body));
    }

    private static HotspotRequest orEmpty(HotspotRequest request) {
        return request == null ? HotspotRequest.empty() : request;
    }

}
