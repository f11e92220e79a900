package cn.luodian.api.places;

import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.GridCell;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every admin level and the unit grid cell containing a point. */
@RestController
public class PlacesAtPointController {
    private final ReferenceIndexHolder index;

    public PlacesAtPointController(ReferenceIndexHolder index) {
        this.index = index;
    }

    @GetMapping("/api/v1/places")
    public Map<String, Object> placesAt(@RequestParam double lon, @RequestParam double lat,
                                        @RequestParam(required = false) String crs) {
        Datum datum = Coordinates.datum(crs);
        Coordinate point = Coordinates.toWgs84(lon, lat, datum);
        ReferenceIndex reference = index.get().index();
        Coordinate m;
        try {
            m = reference.projection().toMetric(point.x, point.y);
        } catch (IllegalArgumentException farAway) {
            // Half a world from the district's projection zone (lon 0, say): outside every place, not a 500.
            m = null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        Coordinate shown = datum.fromWgs84(point.x, point.y);
        json.put("point", Map.of("lon", shown.x, "lat", shown.y));
        json.put("crs", datum.parameterName());
        boolean inside = false;
        for (AdminLevel level : AdminLevel.values()) {
            Optional<AdminArea> area = m == null ? Optional.empty() : reference.admin(level).find(m.x, m.y);
            inside |= area.isPresent();
            json.put(level.id(), area.map(PlacesAtPointController::place).orElse(null));
        }
        Optional<GridCell> cell = m == null ? Optional.empty() : reference.grid().find(m.x, m.y);
        json.put("gridCell", cell.map(c -> Map.of("code", c.code(), "villageCode", String.valueOf(c.villageCode()))).orElse(null));
        json.put("coverage", inside ? "inside" : "outside");
        return json;
    }

    private static Map<String, Object> place(AdminArea area) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", area.code());
        json.put("name", area.name());
        json.put("level", area.level().id());
        return json;
    }
}
