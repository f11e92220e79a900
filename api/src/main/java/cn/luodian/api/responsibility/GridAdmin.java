package cn.luodian.api.responsibility;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
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
 * Writing 责任网格: create, edit (name and cells), assign people. Each write is one transaction with
 * its audit entry; any refusal (400/403/404/409) leaves everything as it was.
 */
@Service
public class GridAdmin {
    static final int MAX_CELLS = 2_000;
    static final int MAX_WORKERS = 50;

    private final GridRepository grids;
    private final GridChecks checks;
    private final ResponsibilityGrids reads;
    private final AuditLog audit;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    public GridAdmin(GridRepository grids, GridChecks checks, ResponsibilityGrids reads, AuditLog audit, Clock clock,
                     TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.events = events;
        this.grids = grids;
        this.checks = checks;
        this.reads = reads;
        this.audit = audit;
        this.clock = clock;
        this.transactions = transactions;
    }

    /** Is there a grid with this code? */
    public boolean exists(String code) {
        return grids.findByCode(code).isPresent();
    }

    public ResponsibilityGrid create(Actor actor, GridForm form) {
        return create(actor, form, false);
    }

    /** As {@link #create(Actor, GridForm)}; {@code demo} marks the demo loader's grids (示例). */
    public ResponsibilityGrid create(Actor actor, GridForm form, boolean demo) {
        GridAccess.requireManager(actor);
        String name = GridText.name(form.name());
        String code = GridText.code(form.code());
        Set<String> cells = cells(form.cells(), true);
        String township = township(form.townshipCode(), cells);
        GridAccess.requireManage(actor, township);
        return write(() -> {
            if (code != null && grids.findByCode(code).isPresent()) {
                throw new ConflictException("责任网格编码 " + code + " 已被使用");
            }
            requireNameFree(township, name, null);
            checks.requireFree(cells, null);
            Instant now = clock.instant();
            long id = grids.insertGrid(code != null ? code : grids.nextCode(township), name, township, demo, actor.username(), now);
            grids.addCells(id, cells, now);
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("name", name);
            detail.put("township", township);
            detail.put("cells", cells.size());
            audit.record(actor, "grid.create", "responsibility_grid", String.valueOf(id), detail);
            return id;
        });
    }

    /** New name and cells: cells no longer named leave (their membership closes), new ones join. */
    public ResponsibilityGrid update(Actor actor, long id, GridForm form) {
        GridAccess.requireManager(actor);
        String name = GridText.name(form.name());
        Set<String> cells = form.cells() == null ? null : cells(form.cells(), true);
        return write(() -> {
            GridRepository.GridRow row = grids.lock(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的责任网格"));
            GridAccess.requireManage(actor, row.townshipCode());
            if (form.code() != null && !form.code().isBlank() && !form.code().strip().equals(row.code())) {
                throw new BadRequestException("责任网格编码不能修改（现为 " + row.code() + "）");
            }
            Instant now = clock.instant();
            Map<String, Object> detail = new LinkedHashMap<>();
            if (!name.equals(row.name())) {
                requireNameFree(row.townshipCode(), name, id);
                grids.renameGrid(id, name, now);
                detail.put("name", name);
            }
            if (cells != null) {
                if (!township(form.townshipCode(), cells).equals(row.townshipCode())) {
                    throw new BadRequestException("责任网格「" + row.name() + "」属于街乡镇 " + row.townshipCode() + "，其单元网格也应在该街乡镇内");
                }
                checks.requireFree(cells, id);
                Set<String> current = new TreeSet<>(grids.currentCells(List.of(id)).get(id));
                List<String> leaving = current.stream().filter(c -> !cells.contains(c)).toList();
                List<String> joining = cells.stream().filter(c -> !current.contains(c)).toList();
                grids.closeCells(id, leaving, now);
                grids.addCells(id, joining, now);
                detail.put("cellsAdded", joining.size());
                detail.put("cellsRemoved", leaving.size());
            }
            grids.touch(id, now);
            audit.record(actor, "grid.update", "responsibility_grid", String.valueOf(id), detail);
            return id;
        });
    }

    /**
     * The grid's people from now on: assignments of people no longer named (or whose part changed
     * between worker and leader) close, new ones open; the history keeps both.
     */
    public ResponsibilityGrid assign(Actor actor, long id, AssignmentForm form) {
        GridAccess.requireManager(actor);
        List<String> workers = form.workers() == null ? List.of() : form.workers();
        if (workers.size() > MAX_WORKERS) {
            throw new BadRequestException("一个责任网格最多 " + MAX_WORKERS + " 名网格员，收到 " + workers.size() + " 名");
        }
        Set<String> wanted = new LinkedHashSet<>();
        for (String worker : workers) {
            if (!wanted.add(GridText.username(worker))) {
                throw new BadRequestException("网格员 '" + worker.strip() + "' 重复");
            }
        }
        String leader = form.leader() == null || form.leader().isBlank() ? null : GridText.username(form.leader());
        if (leader != null && wanted.contains(leader)) {
            throw new BadRequestException("'" + leader + "' 不能同时是网格员和网格长");
        }
        return write(() -> {
            GridRepository.GridRow row = grids.lock(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的责任网格"));
            GridAccess.requireManage(actor, row.townshipCode());
            wanted.forEach(w -> checks.requireWorker(w, row.townshipCode()));
            if (leader != null) {
                checks.requireWorker(leader, row.townshipCode());
            }
            Instant now = clock.instant();
            List<String> opened = new ArrayList<>();
            List<String> closed = new ArrayList<>();
            Set<String> keptWorkers = new LinkedHashSet<>();
            boolean keptLeader = false;
            for (GridAssignment current : grids.currentPeople(List.of(id))) {
                boolean stays = current.leader() ? current.username().equals(leader) : wanted.contains(current.username());
                if (stays) {
                    if (current.leader()) {
                        keptLeader = true;
                    } else {
                        keptWorkers.add(current.username());
                    }
                } else {
                    grids.closeAssignment(current.id(), actor.username(), now);
                    closed.add((current.leader() ? "网格长 " : "网格员 ") + current.username());
                }
            }
            for (String worker : wanted) {
                if (!keptWorkers.contains(worker)) {
                    grids.assign(id, worker, false, actor.username(), now);
                    opened.add("网格员 " + worker);
                }
            }
            if (leader != null && !keptLeader) {
                grids.assign(id, leader, true, actor.username(), now);
                opened.add("网格长 " + leader);
            }
            grids.touch(id, now);
            audit.record(actor, "grid.assign", "responsibility_grid", String.valueOf(id),
                    Map.of("opened", opened, "closed", closed));
            return id;
        });
    }

    /** Runs the write in one transaction and reads the grid back; a clash on a unique key is a 409. */
    private ResponsibilityGrid write(java.util.function.Supplier<Long> work) {
        try {
            long id = transactions.execute(status -> work.get());
            events.publishEvent(new GridsChanged());
            return reads.full(List.of(grids.find(id).orElseThrow())).get(0);
        } catch (DuplicateKeyException e) {
            throw new ConflictException("同一时间有别人修改了这些单元网格或名称，请刷新后重试");
        }
    }

    private void requireNameFree(String township, String name, Long self) {
        grids.findByName(township, name).filter(g -> !Long.valueOf(g.id()).equals(self)).ifPresent(g -> {
            throw new ConflictException("街乡镇 " + township + " 已有名为「" + name + "」的责任网格（" + g.code() + "）");
        });
    }

    /** The cell codes, checked: shape, bounded, no repeats, each one a stored cell. */
    Set<String> cells(List<String> codes, boolean checkStored) {
        if (codes == null || codes.isEmpty()) {
            throw new BadRequestException("责任网格至少要有一个单元网格");
        }
        if (codes.size() > MAX_CELLS) {
            throw new BadRequestException("一个责任网格最多 " + MAX_CELLS + " 个单元网格，收到 " + codes.size() + " 个");
        }
        Set<String> cells = new TreeSet<>();
        for (String code : codes) {
            String cell = GridText.cell(code);
            if (!cells.add(cell)) {
                throw new BadRequestException("单元网格 " + cell + " 重复");
            }
            if (checkStored) {
                checks.requireCellExists(cell);
            }
        }
        return cells;
    }

    /** The one township all cells lie in, equal to the one given if any. */
    String township(String given, Set<String> cells) {
        Set<String> townships = new TreeSet<>();
        cells.forEach(c -> townships.add(GridChecks.townshipOf(c)));
        if (townships.size() > 1) {
            throw new BadRequestException("一个责任网格的单元网格应在同一个街乡镇内，这些单元网格分属街乡镇 " + String.join("、", townships));
        }
        String township = townships.iterator().next();
        if (given != null && !given.isBlank() && !GridText.township(given).equals(township)) {
            throw new BadRequestException("单元网格在街乡镇 " + township + "，不在所填的街乡镇 " + given.strip() + " 内");
        }
        checks.requireTownship(township);
        return township;
    }
}
