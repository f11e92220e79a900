package cn.luodian.api.responsibility;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports cells into 责任网格 from a CSV or GeoJSON file, all or nothing: every row is checked
 * before anything is written (errors name the line or feature in Chinese), then one transaction
 * creates the grids not there yet (by name within the township), adds the cells and assigns the
 * named grid workers. Cells and people already there stay.
 */
@Service
public class GridImport {
    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final GridRepository grids;
    private final GridChecks checks;
    private final ReferenceLayers layers;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public GridImport(GridRepository grids, GridChecks checks, ReferenceLayers layers, AuditLog audit, Clock clock,
                      TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.grids = grids;
        this.checks = checks;
        this.layers = layers;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** What an import did. */
    public record Report(int rows, int gridsCreated, int gridsChanged, int cellsAdded, int workersAssigned) {
    }

    /** One grid of the file: its township, name and the cells and workers the file gives it. */
    private record Planned(String township, String name, Set<String> cells, Set<String> workers, String firstWhere) {
    }

    public Report importFile(Actor actor, String fileName, byte[] bytes) {
        GridAccess.requireManager(actor);
        if (bytes == null || bytes.length == 0) {
            throw new BadRequestException("文件为空");
        }
        if (bytes.length > MAX_BYTES) {
            throw new BadRequestException("文件有 " + bytes.length + " 字节，最多 " + MAX_BYTES + " 字节");
        }
        List<ImportRow> rows = looksLikeJson(fileName, bytes) ? GridGeoJson.read(bytes, layers) : GridCsv.read(bytes);
        Map<String, Planned> planned = plan(actor, rows);
        try {
            Report report = transactions.execute(status -> write(actor, planned, rows.size()));
            events.publishEvent(new GridsChanged());
            return report;
        } catch (DuplicateKeyException e) {
            throw new ConflictException("导入时有别人修改了这些单元网格或责任网格，请重试");
        }
    }

    private static boolean looksLikeJson(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".geojson") || name.endsWith(".json")) {
            return true;
        }
        for (byte b : bytes) {
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return b == '{';
            }
        }
        return false;
    }

    /** Checks every row against the store (nothing written yet); the grids by township and name. */
    private Map<String, Planned> plan(Actor actor, List<ImportRow> rows) {
        Map<String, String> cellSeenAt = new HashMap<>();
        Map<String, Planned> planned = new LinkedHashMap<>();
        Map<String, Long> existing = new HashMap<>();
        Map<String, String[]> townshipOfName = new HashMap<>();
        for (ImportRow row : rows) {
            try {
                String cell = GridText.cell(row.cellCode());
                String name = GridText.name(row.gridName());
                String earlier = cellSeenAt.putIfAbsent(cell, row.where());
                if (earlier != null) {
                    throw new BadRequestException("单元网格 " + cell + " 在" + earlier + "已出现过");
                }
                checks.requireCellExists(cell);
                String township = GridChecks.townshipOf(cell);
                String[] first = townshipOfName.putIfAbsent(name, new String[] {township, row.where()});
                if (first != null && !first[0].equals(township)) {
                    throw new BadRequestException("责任网格「" + name + "」的单元网格应在同一个街乡镇内：" + first[1] + "的在街乡镇 "
                            + first[0] + "，此处的在街乡镇 " + township);
                }
                GridAccess.requireManage(actor, township);
                Planned grid = planned.computeIfAbsent(township + "/" + name,
                        k -> new Planned(township, name, new TreeSet<>(), new LinkedHashSet<>(), row.where()));
                Long gridId = existing.computeIfAbsent(township + "/" + name,
                        k -> grids.findByName(township, name).map(GridRepository.GridRow::id).orElse(-1L));
                checks.requireFree(List.of(cell), gridId < 0 ? null : gridId);
                if (grid.cells().size() >= GridAdmin.MAX_CELLS) {
                    throw new BadRequestException("责任网格「" + name + "」超过 " + GridAdmin.MAX_CELLS + " 个单元网格");
                }
                grid.cells().add(cell);
                if (row.worker() != null) {
                    String worker = GridText.username(row.worker());
                    checks.requireWorker(worker, township);
                    grid.workers().add(worker);
                }
            } catch (BadRequestException e) {
                throw new BadRequestException(row.where() + "：" + e.getMessage());
            } catch (cn.luodian.api.system.ForbiddenException e) {
                throw new cn.luodian.api.system.ForbiddenException(row.where() + "：" + e.getMessage());
            }
        }
        return planned;
    }

    private Report write(Actor actor, Map<String, Planned> planned, int rowCount) {
        Instant now = clock.instant();
        int created = 0;
        int changed = 0;
        int cellsAdded = 0;
        int workersAssigned = 0;
        for (Planned grid : planned.values()) {
            var row = grids.findByName(grid.township(), grid.name());
            long id;
            Set<String> currentCells = Set.of();
            Set<String> currentWorkers = new TreeSet<>();
            if (row.isPresent()) {
                id = grids.lock(row.get().id()).orElseThrow().id();
                currentCells = new TreeSet<>(grids.currentCells(List.of(id)).get(id));
                grids.currentPeople(List.of(id)).stream().filter(p -> !p.leader()).forEach(p -> currentWorkers.add(p.username()));
                changed++;
            } else {
                id = grids.insertGrid(grids.nextCode(grid.township()), grid.name(), grid.township(), false, actor.username(), now);
                created++;
            }
            Set<String> cells = currentCells;
            List<String> joining = grid.cells().stream().filter(c -> !cells.contains(c)).toList();
            grids.addCells(id, joining, now);
            List<String> newWorkers = new ArrayList<>();
            for (String worker : grid.workers()) {
                if (!currentWorkers.contains(worker)) {
                    grids.assign(id, worker, false, actor.username(), now);
                    newWorkers.add(worker);
                }
            }
            grids.touch(id, now);
            cellsAdded += joining.size();
            workersAssigned += newWorkers.size();
            audit.record(actor, "grid.import", "responsibility_grid", String.valueOf(id),
                    Map.of("name", grid.name(), "cellsAdded", joining.size(), "workersAssigned", newWorkers));
        }
        return new Report(rowCount, created, changed, cellsAdded, workersAssigned);
    }
}
