package cn.luodian.api.grid;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.crs.GaussKrugerProjection;
import cn.luodian.geo.io.GeoJsonFeatureWriter;
import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.GridCell;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/** One unit grid cell (单元网格) by its 15-digit code, with its village and township. */
@RestController
public class GridCellController {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final ReferenceLayers layers;

    public GridCellController(ReferenceLayers layers) {
        this.layers = layers;
    }

    @GetMapping("/api/v1/grid/cells/{code}")
    public ResponseEntity<byte[]> cell(@PathVariable String code) {
        if (code.length() != 15 || !code.chars().allMatch(Character::isDigit)) {
            throw new BadRequestException("单元网格代码应为 15 位数字，实为 '" + code + "'");
        }
        GridCell cell = layers.findGridCell(code).orElseThrow(() -> new NotFoundException("没有代码为 " + code + " 的单元网格"));
        Map<String, Object> properties = new LinkedHashMap<>(cell.properties());
        String villageCode = cell.villageCode();
        properties.put("village", villageCode == null ? null
                : layers.findAdminArea(villageCode).map(GridCellController::place).orElse(null));
        properties.put("township", villageCode == null ? null
                : layers.findAdminArea(villageCode.substring(0, 9)).map(GridCellController::place).orElse(null));
        double lon = cell.geometry().getCentroid().getX();
        double areaSquareMetres = GaussKrugerProjection.forLongitude(lon).toMetric(cell.geometry()).getArea();
        properties.put("areaSquareMetres", Math.round(areaSquareMetres * 10) / 10.0);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (JsonGenerator json = MAPPER.createGenerator(body)) {
            GeoJsonFeatureWriter.writeFeature(json, cell.geometry(), properties);
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json")).body(body.toByteArray());
    }

    private static Map<String, Object> place(AdminArea area) {
        return Map.of("code", area.code(), "name", area.name());
    }
}
