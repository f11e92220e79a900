package cn.luodian.api.responsibility;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;

/**
 * Reading 责任网格: lists and single grids for a signed-in actor within their scope, their history,
 * and, for the case service, who answers for a cell now ({@link #dutyAt}) and which cells a grid
 * worker works ({@link #cellsWorkedBy}).
 */
@Service
public class ResponsibilityGrids {
    /** A worker's cells are read up to this many; a case list then filters by them. */
    public static final int MAX_WORKER_CELLS = 20_000;
    static final int MAX_HISTORY = 500;

    private final GridRepository grids;
    private final UserAccounts users;

    public ResponsibilityGrids(GridRepository grids, UserAccounts users) {
        this.grids = grids;
        this.users = users;
    }

    /** A page of grids: the grids and whether more matched than {@code limit}. */
    public record Listing(List<ResponsibilityGrid> grids, boolean truncated) {
    }

    /** Up to {@code limit} grids the actor may read, of {@code townshipCode} when given. */
    public Listing list(Actor actor, String townshipCode, int limit) {
        GridAccess.requireReader(actor);
        List<GridRepository.GridRow> rows;
        if (actor.role() == Role.GRID_WORKER) {
            rows = grids.listWorkedBy(actor.username(), limit + 1).stream()
                    .filter(g -> townshipCode == null || g.townshipCode().equals(townshipCode)).toList();
        } else {
            String prefix = townshipCode != null ? townshipCode
                    : actor.scopeCode().length() > 9 ? actor.scopeCode().substring(0, 9) : actor.scopeCode();
            if (townshipCode != null && !GridAccess.mayRead(actor, townshipCode)) {
                throw new ForbiddenException("街乡镇 " + townshipCode + " 不在您的辖区内");
            }
            rows = grids.list(prefix, limit + 1);
        }
        boolean truncated = rows.size() > limit;
        return new Listing(full(truncated ? rows.subList(0, limit) : rows), truncated);
    }

    /** Every 责任网格 of the store with its cells and people, up to {@code max}: for in-memory views. */
    public List<ResponsibilityGrid> all(int max) {
        return full(grids.list("", max));
    }

    /**
     * May the actor see who works the township's grids: its readers, and the grid workers of the
     * township (who see their colleagues); never a responsible unit.
     */
    public static boolean mayReadPeople(Actor actor, String townshipCode) {
        if (actor.role() == Role.GRID_WORKER) {
            return actor.scopeCode().startsWith(townshipCode) || townshipCode.startsWith(actor.scopeCode());
        }
        return GridAccess.mayRead(actor, townshipCode);
    }

    public ResponsibilityGrid get(Actor actor, long id) {
        GridRepository.GridRow row = readable(actor, id);
        return full(List.of(row)).get(0);
    }

    /** A grid's people and cells over time, newest first, each up to {@value #MAX_HISTORY}. */
    public record History(ResponsibilityGrid grid, List<GridAssignment> people, List<CellMembership> cells) {
    }

    public History history(Actor actor, long id) {
        GridRepository.GridRow row = readable(actor, id);
        Map<String, String> names = new HashMap<>();
        List<GridAssignment> people = grids.peopleHistory(id, MAX_HISTORY).stream().map(p -> named(p, names)).toList();
        return new History(full(List.of(row)).get(0), people, grids.cellHistory(id, MAX_HISTORY));
    }

    /** The grid and the worker answering for the cell now, if the cell is in a grid. */
    public Optional<GridDuty> dutyAt(String cellCode) {
        if (cellCode == null) {
            return Optional.empty();
        }
        var rows = grids.dutyRows(cellCode);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        GridRepository.GridRow grid = rows.get(0).getKey();
        // Rows come workers first (leader = FALSE sorts first), each by the start of their assignment.
        GridAssignment onDuty = rows.get(0).getValue();
        String name = onDuty == null ? null : users.find(onDuty.username()).map(UserRecord::displayName).orElse(onDuty.username());
        return Optional.of(new GridDuty(grid.id(), grid.name(), onDuty == null ? null : onDuty.username(), name));
    }

    /** The cells of every grid the user works on now (up to {@value #MAX_WORKER_CELLS}). */
    public Set<String> cellsWorkedBy(String username) {
        return new LinkedHashSet<>(grids.cellsWorkedBy(username, MAX_WORKER_CELLS));
    }

    private GridRepository.GridRow readable(Actor actor, long id) {
        GridAccess.requireReader(actor);
        GridRepository.GridRow row = grids.find(id).orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的责任网格"));
        boolean may = actor.role() == Role.GRID_WORKER
                ? grids.currentPeople(List.of(id)).stream().anyMatch(p -> p.username().equals(actor.username()))
                : GridAccess.mayRead(actor, row.townshipCode());
        if (!may) {
            throw new ForbiddenException("责任网格 " + row.code() + " 不在您的辖区内");
        }
        return row;
    }

    /** The grids with their current cells and people, display names filled in. */
    List<ResponsibilityGrid> full(List<GridRepository.GridRow> rows) {
        List<Long> ids = rows.stream().map(GridRepository.GridRow::id).toList();
        Map<Long, List<String>> cells = grids.currentCells(ids);
        Map<String, String> names = new HashMap<>();
        Map<Long, List<GridAssignment>> people = new HashMap<>();
        for (GridAssignment person : grids.currentPeople(ids)) {
            people.computeIfAbsent(person.gridId(), k -> new java.util.ArrayList<>()).add(named(person, names));
        }
        return rows.stream().map(r -> new ResponsibilityGrid(r.id(), r.code(), r.name(), r.townshipCode(), r.demo(),
                cells.getOrDefault(r.id(), List.of()), people.getOrDefault(r.id(), List.of()), r.updatedAt())).toList();
    }

    private GridAssignment named(GridAssignment p, Map<String, String> names) {
        String name = names.computeIfAbsent(p.username(),
                u -> users.find(u).map(UserRecord::displayName).orElse(u));
        return new GridAssignment(p.id(), p.gridId(), p.username(), name, p.leader(), p.validFrom(), p.validTo(),
                p.assignedBy(), p.closedBy());
    }
}
