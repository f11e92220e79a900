package cn.luodian.api.cases;

/**
 * A transition as the client asks for it. {@code unitId} names the unit for dispatch/redispatch
 * (else the rules choose); {@code satisfaction} is for rate (and optionally close);
 * {@code mergeInto} is the case a duplicate is merged into.
 */
public record TransitionRequest(CaseAction action, String note, Long unitId, Satisfaction satisfaction, Long mergeInto) {

    public static TransitionRequest of(CaseAction action, String note) {
        return new TransitionRequest(action, note, null, null, null);
    }
}
