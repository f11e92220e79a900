package cn.luodian.api.hotspots;

import cn.luodian.api.security.Actor;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Hotspot analyses over HTTP ({@code POST /api/v1/hotspots/{analysis}}), one {@link HotspotAnalysis}
 * bean each: GeoJSON by default, CSV with {@code ?format=csv} or {@code Accept: text/csv}. Bad
 * input is 400 problem+json. The path admits only the known names, so any other is Spring's own
 * 404 problem+json, as it was when each analysis had its own mapping.
 */
@RestController
@RequestMapping("/api/v1/hotspots")
public class HotspotController {
    /** The analyses served, as a path pattern; {@code HotspotControllerTest} checks it against the beans. */
    static final String ANALYSES = "gi-star|local-moran|kernel-density|emerging|warnings|monthly-topics";

    private final Map<String, HotspotAnalysis> analyses = new TreeMap<>();

    HotspotController(List<HotspotAnalysis> analyses) {
        for (HotspotAnalysis analysis : analyses) {
            if (this.analyses.put(analysis.name(), analysis) != null) {
                throw new IllegalStateException("two hotspot analyses are named " + analysis.name());
            }
        }
        if (!this.analyses.keySet().equals(new TreeSet<>(List.of(ANALYSES.split("\\|"))))) {
            throw new IllegalStateException("the path " + ANALYSES + " does not list the analyses " + this.analyses.keySet());
        }
    }

    @PostMapping("/{analysis:" + ANALYSES + "}")
    public ResponseEntity<byte[]> analyse(
            @PathVariable @Parameter(schema = @Schema(allowableValues = {"gi-star", "local-moran", "kernel-density",
                "emerging", "warnings", "monthly-topics"})) String analysis,
            @RequestBody(required = false) HotspotRequest request,
            @RequestParam(required = false) String format,
            @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
            Actor actor) {
        HotspotFormat form = HotspotFormat.of(format, accept);
        HotspotAnalysis chosen = analyses.get(analysis);
        return chosen.run(request == null ? HotspotRequest.empty() : request, actor).write(form, chosen.name());
    }
}
