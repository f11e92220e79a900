package cn.luodian.api.cases;

import static cn.luodian.api.cases.CaseAction.*;
import static cn.luodian.api.cases.CaseState.*;
import static cn.luodian.api.security.Role.*;

import cn.luodian.api.security.Role;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legal transitions, as data: from which states an action may be taken, the state it leads
 * to, and which roles may take it. Anything not listed is illegal (409). ADMIN may do everything.
 */
final class Workflow {

    /** One row of the table; {@code to} null means the state does not change (RATE, SUPERVISE). */
    public record Transition(CaseAction action, Set<CaseState> from, CaseState to, Set<Role> roles) {
    }

    private static final Set<Role> CENTRE = EnumSet.of(DISPATCHER, SUPERVISOR, ADMIN);
    private static final Set<Role> HANDLERS = EnumSet.of(RESPONSIBLE_UNIT, TOWNSHIP_STAFF, ADMIN);
    private static final Set<Role> VERIFIERS = EnumSet.of(DISPATCHER, SUPERVISOR, ADMIN, GRID_WORKER);

    private static final List<Transition> TABLE = List.of(
            new Transition(REGISTER, EnumSet.of(RECEIVED), REGISTERED, EnumSet.of(DISPATCHER, SUPERVISOR, TOWNSHIP_STAFF, ADMIN)),
            new Transition(REJECT, EnumSet.of(RECEIVED), REJECTED, CENTRE),
            new Transition(DISPATCH, EnumSet.of(REGISTERED), DISPATCHED, CENTRE),
            new Transition(REDISPATCH, EnumSet.of(DISPATCHED, RETURNED, IN_PROGRESS), DISPATCHED, CENTRE),
            new Transition(ACCEPT, EnumSet.of(DISPATCHED), IN_PROGRESS, HANDLERS),
            new Transition(RETURN, EnumSet.of(DISPATCHED, IN_PROGRESS), RETURNED, HANDLERS),
            new Transition(REPLY, EnumSet.of(IN_PROGRESS), REPORTED_DONE, HANDLERS),
            // 核查: the centre, or the case's own grid worker on site (CaseTransitions checks whose case it is).
            new Transition(VERIFY, EnumSet.of(REPORTED_DONE), VERIFIED, VERIFIERS),
            new Transition(REJECT_REPLY, EnumSet.of(REPORTED_DONE), IN_PROGRESS, VERIFIERS),
            new Transition(CLOSE, EnumSet.of(VERIFIED), CLOSED, CENTRE),
            new Transition(REOPEN, EnumSet.of(CLOSED), REGISTERED, CENTRE),
            new Transition(RATE, EnumSet.of(VERIFIED, CLOSED), null, CENTRE),
            new Transition(SUPERVISE, EnumSet.of(REGISTERED, DISPATCHED, IN_PROGRESS, RETURNED, REPORTED_DONE, EXPOSED), null,
                    EnumSet.of(SUPERVISOR, DISPATCHER, ADMIN)),
            new Transition(MERGE, EnumSet.of(RECEIVED, REGISTERED, DISPATCHED), MERGED, CENTRE),
            // 挂账督办: the exposure package takes these steps when a period is published, a
            // rectification is recorded, or a follow-up (回头看) finds the problem back.
            new Transition(EXPOSE, EnumSet.of(REGISTERED, DISPATCHED, IN_PROGRESS, RETURNED, REPORTED_DONE), EXPOSED,
                    EnumSet.of(SUPERVISOR, ADMIN)),
            new Transition(RECTIFY, EnumSet.of(EXPOSED), RECTIFIED, EnumSet.of(TOWNSHIP_STAFF, RESPONSIBLE_UNIT, SUPERVISOR, ADMIN)),
            new Transition(WRITE_OFF, EnumSet.of(RECTIFIED), CLOSED, EnumSet.of(SUPERVISOR, ADMIN)),
            new Transition(REEXPOSE, EnumSet.of(RECTIFIED, CLOSED), EXPOSED, EnumSet.of(SUPERVISOR, ADMIN)));

    private Workflow() {
    }

    public static List<Transition> table() {
        return TABLE;
    }

    /** The transition for {@code action} from {@code state}, if the table has one. */
    public static Optional<Transition> find(CaseAction action, CaseState state) {
        return TABLE.stream().filter(t -> t.action() == action && t.from().contains(state)).findFirst();
    }

    /** The actions a role may take on a case in this state (for the UI). */
    public static List<CaseAction> allowed(CaseState state, Role role) {
        return TABLE.stream().filter(t -> t.from().contains(state) && t.roles().contains(role))
                .map(Transition::action).toList();
    }
}
