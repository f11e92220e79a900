package cn.luodian.api.describe;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.LuodianProperties;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.describe.Describer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Point → words and places: one point by GET, up to a configured number by POST. */
@RestController
public class DescribeController {
    private final ReferenceIndexHolder index;
    private final LuodianProperties.Describe settings;

    public DescribeController(ReferenceIndexHolder index, LuodianProperties properties) {
        this.index = index;
        this.settings = properties.describe();
    }

    @GetMapping("/api/v1/describe")
    public Map<String, Object> describe(@RequestParam double lon, @RequestParam double lat,
                                        @RequestParam(required = false) String crs) {
        Datum datum = Coordinates.datum(crs);
        Coordinate point = Coordinates.toWgs84(lon, lat, datum);
        return DescriptionJson.of(describer().describe(point.x, point.y), datum);
    }

    /** The body: {@code {"crs": "wgs84", "points": [[lon, lat], …]}}. */
    public record BatchRequest(String crs, List<List<Double>> points) {
    }

    @PostMapping("/api/v1/describe")
    public Map<String, Object> describeAll(@RequestBody BatchRequest request) {
        Datum datum = Coordinates.datum(request.crs());
        if (request.points() == null || request.points().isEmpty()) {
            throw new BadRequestException("点列表应为非空数组，每项为 [经度, 纬度]");
        }
        if (request.points().size() > settings.maxBatchPoints()) {
            throw new BadRequestException("每次最多 " + settings.maxBatchPoints() + " 个点，实为 "
                    + request.points().size());
        }
        List<Coordinate> points = new ArrayList<>(request.points().size());
        for (int i = 0; i < request.points().size(); i++) {
            List<Double> p = request.points().get(i);
            if (p == null || p.size() != 2 || p.get(0) == null || p.get(1) == null) {
                throw new BadRequestException("第 " + (i + 1) + " 个点应为 [经度, 纬度]");
            }
            try {
                points.add(Coordinates.toWgs84(p.get(0), p.get(1), datum));
            } catch (BadRequestException e) {
                throw new BadRequestException("第 " + (i + 1) + " 个点：" + e.getMessage());
            }
        }
        Describer describer = describer();
        List<Map<String, Object>> results = new ArrayList<>(points.size());
        for (Coordinate point : points) {
            results.add(DescriptionJson.of(describer.describe(point.x, point.y), datum));
        }
        return Map.of("results", results);
    }

    private Describer describer() {
        return index.get().describer();
    }
}
