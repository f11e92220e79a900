package cn.luodian.api.cases;

import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The counts on a handler's 案件 tab (待办): what waits to be signed for (待签收), what is being
 * worked on (处置中) and what is overdue (超期) among the cases dispatched to the actor's unit — a
 * responsible unit's own, or for township staff their township's home unit (属地单位), the cases
 * they handle. Empty for the other roles (their queues have counts of their own).
 */
@Service
public class CaseInbox {
    private static final EnumSet<CaseState> OPEN = EnumSet.noneOf(CaseState.class);

    static {
        for (CaseState state : CaseState.values()) {
            if (state.isOpen()) {
                OPEN.add(state);
            }
        }
    }

    private final CaseService cases;
    private final ResponsibleUnits units;

    public CaseInbox(CaseService cases, ResponsibleUnits units) {
        this.cases = cases;
        this.units = units;
    }

    public record Counts(long waiting, long working, long overdue) {
    }

    public Optional<Counts> of(Actor actor) {
        Optional<Long> unit = switch (actor.role()) {
            case RESPONSIBLE_UNIT -> Optional.ofNullable(actor.unitId());
            case TOWNSHIP_STAFF -> actor.scopeCode().length() >= 9
                    ? units.findHomeUnit(actor.scopeCode().substring(0, 9)).map(u -> u.id()) : Optional.empty();
            default -> Optional.empty();
        };
        return unit.map(id -> new Counts(
                count(id, EnumSet.of(CaseState.DISPATCHED), null, actor),
                count(id, EnumSet.of(CaseState.IN_PROGRESS), null, actor),
                count(id, OPEN, true, actor)));
    }

    private long count(long unitId, EnumSet<CaseState> states, Boolean overdue, Actor actor) {
        CaseFilter filter = new CaseFilter(null, null, null, null, states, null, null, overdue, null, unitId);
        return cases.count(filter, actor);
    }
}
