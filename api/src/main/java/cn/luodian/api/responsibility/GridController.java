package cn.luodian.api.responsibility;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.layer.AdminArea;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code /api/v1/grids}: list and read 责任网格 with their cells and current people, create and edit
 * them (name, cells by code), assign their grid workers and leader ({@code PUT …/people}), their
 * history, and import cells from CSV or GeoJSON ({@code POST …/import}, multipart {@code file}).
 * Writable by ADMIN and by TOWNSHIP_STAFF in their township; lists are bounded.
 */
@RestController
@RequestMapping("/api/v1/grids")
class GridController {
    static final int DEFAULT_LIMIT = 200;
    static final int MAX_LIMIT = 500;

    private final ResponsibilityGrids reads;
    private final GridAdmin admin;
    private final GridImport imports;
    private final ReferenceLayers layers;

    GridController(ResponsibilityGrids reads, GridAdmin admin, GridImport imports, ReferenceLayers layers) {
        this.reads = reads;
        this.admin = admin;
        this.imports = imports;
        this.layers = layers;
    }

    @GetMapping
    Map<String, Object> list(@RequestParam(required = false) String township, @RequestParam(required = false) Integer limit,
                             Actor actor) {
        int n = limit == null ? DEFAULT_LIMIT : limit;
        if (n < 1 || n > MAX_LIMIT) {
            throw new BadRequestException("每页条数应在 1 到 " + MAX_LIMIT + " 之间，实为 " + n);
        }
        String code = township == null || township.isBlank() ? null : GridText.township(township);
        ResponsibilityGrids.Listing listing = reads.list(actor, code, n);
        Map<String, String> places = new HashMap<>();
        return Map.of("grids", listing.grids().stream().map(g -> json(g, places)).toList(), "truncated", listing.truncated());
    }

    @GetMapping("/{id}")
    Map<String, Object> get(@PathVariable long id, Actor actor) {
        return json(reads.get(actor, id), new HashMap<>());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> create(@RequestBody GridForm form, Actor actor) {
        return json(admin.create(actor, form), new HashMap<>());
    }

    @PutMapping("/{id}")
    Map<String, Object> update(@PathVariable long id, @RequestBody GridForm form, Actor actor) {
        return json(admin.update(actor, id, form), new HashMap<>());
    }

    @PutMapping("/{id}/people")
    Map<String, Object> assign(@PathVariable long id, @RequestBody AssignmentForm form, Actor actor) {
        return json(admin.assign(actor, id, form), new HashMap<>());
    }

    @GetMapping("/{id}/history")
    Map<String, Object> history(@PathVariable long id, Actor actor) {
        ResponsibilityGrids.History history = reads.history(actor, id);
        return Map.of("grid", json(history.grid(), new HashMap<>()),
                "people", history.people().stream().map(GridController::person).toList(),
                "cells", history.cells().stream().map(c -> {
                    Map<String, Object> json = new LinkedHashMap<>();
                    json.put("cellCode", c.cellCode());
                    json.put("validFrom", time(c.validFrom()));
                    json.put("validTo", time(c.validTo()));
                    return json;
                }).toList());
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    GridImport.Report importFile(@RequestParam("file") MultipartFile file, Actor actor) {
        if (file.getSize() > GridImport.MAX_BYTES) {
            throw new BadRequestException("文件有 " + file.getSize() + " 字节，最多 " + GridImport.MAX_BYTES + " 字节");
        }
        try {
            return imports.importFile(actor, file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, Object> json(ResponsibilityGrid g, Map<String, String> places) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", g.id());
        json.put("code", g.code());
        json.put("name", g.name());
        json.put("demo", g.demo());
        Map<String, Object> township = new LinkedHashMap<>();
        township.put("code", g.townshipCode());
        township.put("name", places.computeIfAbsent(g.townshipCode(),
                code -> layers.findAdminArea(code).map(AdminArea::name).orElse(null)));
        json.put("township", township);
        json.put("cellCount", g.cellCodes().size());
        json.put("cells", g.cellCodes());
        json.put("workers", g.people().stream().filter(p -> !p.leader()).map(GridController::person).toList());
        json.put("leader", g.people().stream().filter(GridAssignment::leader).map(GridController::person).findFirst().orElse(null));
        json.put("updatedAt", time(g.updatedAt()));
        return json;
    }

    private static Map<String, Object> person(GridAssignment p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", p.username());
        json.put("name", p.displayName());
        json.put("role", p.leader() ? "leader" : "worker");
        json.put("roleLabel", p.leader() ? "网格长" : "网格员");
        json.put("validFrom", time(p.validFrom()));
        json.put("validTo", time(p.validTo()));
        json.put("assignedBy", p.assignedBy());
        json.put("closedBy", p.closedBy());
        return json;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
