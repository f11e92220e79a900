package cn.luodian.api.cases;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.util.List;
import java.util.Set;

/**
 * Who may see and act on which case: units only on cases dispatched to them; grid workers the cases
 * in the cells of their 责任网格 now ({@code workerCells}, from {@link GridWorkerCells}) and those they
 * reported; everyone else within their jurisdiction scope.
 */
final class CaseAccess {

    private CaseAccess() {
    }

    static boolean canSee(Actor actor, CityCase c, Set<String> workerCells) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            return actor.unitId() != null && actor.unitId().equals(c.unitId());
        }
        boolean inScope = actor.scopeCode().isEmpty() || actor.covers(c.jurisdictionCode());
        if (actor.role() == Role.GRID_WORKER) {
            boolean inCells = c.gridCellCode() != null && workerCells != null && workerCells.contains(c.gridCellCode());
            if (isTheCasesWorker(actor, c)) {
                return true; // theirs when it was placed, though the cell may have another worker now
            }
            // A report not stored yet (no number): they may report in their cells and in their scope.
            return inCells || (c.number() == null ? inScope : actor.username().equals(c.createdBy()));
        }
        return inScope;
    }

    /** Whether the actor is the grid worker the case was placed with (its 核查 is theirs). */
    static boolean isTheCasesWorker(Actor actor, CityCase c) {
        return actor.role() == Role.GRID_WORKER && c.gridDuty() != null
                && actor.username().equals(c.gridDuty().workerUsername());
    }

    /**
     * 403 for a report at a point outside the actor's area (a case not stored yet has no number); a
     * stored case the actor may not see answers 404 exactly as a missing one does ({@link #notFound}),
     * so another township's or unit's case numbers cannot be probed.
     */
    static void requireSee(Actor actor, CityCase c, Set<String> workerCells) {
        if (!canSee(actor, c, workerCells)) {
            if (c.number() == null) {
                throw new ForbiddenException("该位置不在您的辖区内，不能在此上报");
            }
            throw notFound(c.id());
        }
    }

    /** The one answer for a case id that does not exist or is not the actor's to see. */
    static NotFoundException notFound(long id) {
        return new NotFoundException("没有这个案件（内部编号 " + id + "）");
    }

    /** The actor's limits as a list filter. */
    static CaseFilter scoped(CaseFilter filter, Actor actor, Set<String> workerCells) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            return filter.withScope(null, actor.unitId() == null ? -1L : actor.unitId());
        }
        if (actor.role() == Role.GRID_WORKER) {
            return filter.withScope(null, filter.unitId())
                    .withWorker(workerCells == null ? List.of() : List.copyOf(workerCells), actor.username());
        }
        // A client's own unit filter (a township's inbox: its home unit's cases) stays, within the scope.
        return filter.withScope(actor.scopeCode().isEmpty() ? null : actor.scopeCode(), filter.unitId());
    }

    /** Reporter contact is for the dispatch centre (it calls back); others see it masked, planners not at all. */
    static String phoneFor(Actor actor, String phone) {
        if (phone == null) {
            return null;
        }
        return switch (actor.role()) {
            case DISPATCHER, SUPERVISOR, ADMIN -> phone;
            case PLANNER -> null;
            default -> mask(phone);
        };
    }

    static String nameFor(Actor actor, String name) {
        if (name == null || actor.role() == Role.PLANNER) {
            return null;
        }
        return switch (actor.role()) {
            case DISPATCHER, SUPERVISOR, ADMIN -> name;
            default -> name.substring(0, 1) + "*".repeat(Math.max(1, name.length() - 1));
        };
    }

    static String mask(String phone) {
        if (phone.length() <= 4) {
            return "*".repeat(phone.length());
        }
        int keepEnd = 4;
        int keepStart = Math.min(3, phone.length() - keepEnd);
        return phone.substring(0, keepStart) + "*".repeat(phone.length() - keepStart - keepEnd)
                + phone.substring(phone.length() - keepEnd);
    }
}
