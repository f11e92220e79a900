package cn.luodian.api.cases;

import java.util.List;

/**
 * The supervision clock marked these cases overdue (their resolution deadline passed), all in one
 * update: only the flag changed, not the position or state. Published inside that transaction.
 */
public record CasesMarkedOverdue(List<Long> caseIds) {

    public CasesMarkedOverdue {
        caseIds = List.copyOf(caseIds);
    }
}
