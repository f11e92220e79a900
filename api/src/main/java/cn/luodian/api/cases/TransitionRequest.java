package cn.luodian.api.cases;

/**
 * A transition as the client asks for it. {@code unitId} names the unit for dispatch/redispatch
 * (else the rules choose); {@code satisfaction} is for rate (and optionally close);
 * {@code mergeInto} is the case a duplicate is merged into; {@code componentStatus} is the status the
 * case's 部件 takes with this step (else the configured one for the action, if any).
 */
public record TransitionRequest(CaseAction action, String note, Long unitId, Satisfaction satisfaction, Long mergeInto,
                                String componentStatus) {

    public TransitionRequest(CaseAction action, String note, Long unitId, Satisfaction satisfaction, Long mergeInto) {
        this(action, note, unitId, satisfaction, mergeInto, null);
    }

    public static TransitionRequest of(CaseAction action, String note) {
        return new TransitionRequest(action, note, null, null, null);
    }
}
