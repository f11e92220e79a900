package cn.luodian.api.describe;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.locate.LocateResult;
import cn.luodian.geo.locate.ParsedLocation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Words → place: a published location sentence read back into a location with an uncertainty. */
@RestController
public class LocateController {
    /** Published sentences are a few dozen characters; a page of text is a mistake. */
    static final int MAX_TEXT_LENGTH = 500;

    private final ReferenceIndexHolder index;

    public LocateController(ReferenceIndexHolder index) {
        this.index = index;
    }

    @GetMapping("/api/v1/locate")
    public Map<String, Object> locate(@RequestParam(required = false) String text,
                                      @RequestParam(required = false) String crs) {
        return answer(text, crs);
    }

    /** The same as GET, for clients that send the sentence in a body: {@code {"text": "…", "crs": "wgs84"}}. */
    public record LocateRequest(String text, String crs) {
    }

    @PostMapping("/api/v1/locate")
    public Map<String, Object> locatePosted(@RequestBody LocateRequest request) {
        return answer(request.text(), request.crs());
    }

    private Map<String, Object> answer(String text, String crs) {
        Datum datum = Coordinates.datum(crs);
        if (text == null || text.isBlank()) {
            throw new BadRequestException("位置描述为空：请输入位置描述，如 漷县镇长凌营村距长凌营环路约124米，距北运河约465米");
        }
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new BadRequestException("位置描述有 " + text.length() + " 个字符，最多 " + MAX_TEXT_LENGTH + " 个");
        }
        LocateResult result = index.get().locator().locate(text);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("parsed", parsed(result.parsed()));
        Map<String, Object> resolved = new LinkedHashMap<>();
        resolved.put("township", DescriptionJson.place(result.resolved().township()));
        resolved.put("village", DescriptionJson.place(result.resolved().village()));
        resolved.put("corrections", result.resolved().corrections());
        json.put("resolved", resolved);
        json.put("location", result.location() == null ? null : DescriptionJson.point(result.location(), datum));
        json.put("crs", datum.parameterName());
        json.put("uncertaintyMetres", result.uncertaintyMetres() == null ? null : Math.round(result.uncertaintyMetres() * 10) / 10.0);
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (LocateResult.Candidate candidate : result.candidates()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("location", DescriptionJson.point(candidate.location(), datum));
            c.put("uncertaintyMetres", Math.round(candidate.uncertaintyMetres() * 10) / 10.0);
            candidates.add(c);
        }
        json.put("candidates", candidates);
        json.put("unresolved", result.unresolved());
        json.put("warnings", result.parsed().warnings());
        return json;
    }

    private static Map<String, Object> parsed(ParsedLocation p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("township", p.township());
        json.put("village", p.village());
        json.put("road", p.road());
        json.put("roadDistanceMetres", p.roadDistanceMetres());
        json.put("waterway", p.waterway());
        json.put("waterwayDistanceMetres", p.waterwayDistanceMetres());
        json.put("landmark", p.landmark());
        json.put("side", p.side());
        return json;
    }
}
