package cn.luodian.api.responsibility;

import cn.luodian.api.grid.GridCellsGeoJson;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the 网格 panel needs to edit a 责任网格 on the map: its current cells as polygons, and the
 * grid workers of a township a manager may assign.
 */
@RestController
class GridMapController {
    /** A township has a few hundred grid workers at most; the list is bounded all the same. */
    static final int MAX_WORKERS = 1_000;

    private final ResponsibilityGrids reads;
    private final GridCellsGeoJson cells;
    private final UserAccounts users;

    GridMapController(ResponsibilityGrids reads, GridCellsGeoJson cells, UserAccounts users) {
        this.reads = reads;
        this.cells = cells;
        this.users = users;
    }

    @Operation(summary = "责任网格当前的单元网格（GeoJSON 面）")
    @GetMapping(path = "/api/v1/grids/{id}/cells", produces = "application/geo+json")
    ResponseEntity<byte[]> cells(@PathVariable long id, Actor actor) {
        ResponsibilityGrid grid = reads.get(actor, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/geo+json"))
                .body(cells.of(grid.cellCodes(), code -> Map.of()));
    }

    @Operation(summary = "街乡镇内可指派的网格员（系统管理员、本街乡镇工作人员）")
    @GetMapping("/api/v1/grids/workers")
    Map<String, Object> workers(@RequestParam String township, Actor actor) {
        String code = GridText.township(township);
        GridAccess.requireManage(actor, code);
        List<Map<String, Object>> workers = users.listAll().stream()
                .filter(u -> u.role() == Role.GRID_WORKER && u.enabled() && u.scopeCode().startsWith(code))
                .sorted(Comparator.comparing(u -> u.username()))
                .limit(MAX_WORKERS)
                .map(u -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("username", u.username());
                    json.put("name", u.displayName());
                    json.put("scopeCode", u.scopeCode());
                    return json;
                }).toList();
        return Map.of("workers", workers);
    }
}
