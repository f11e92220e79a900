package cn.luodian.api.cases;

import cn.luodian.api.system.EnumIds;
import java.util.Locale;

/** What can be done to a case; {@link Workflow} says from which states and by whom. */
public enum CaseAction {
    REGISTER("立案"),
    REJECT("不予立案"),
    DISPATCH("派遣"),
    REDISPATCH("改派"),
    ACCEPT("签收处置"),
    RETURN("退回"),
    REPLY("反馈"),
    VERIFY("核查通过"),
    REJECT_REPLY("核查不通过"),
    CLOSE("结案"),
    REOPEN("重新办理"),
    RATE("回访评价"),
    SUPERVISE("督办"),
    MERGE("合并"),
    /** Put on a published exposure list (by publishing the period that lists it). */
    EXPOSE("挂账"),
    /** The problem on the list is fixed; needs an after photo (recorded through the exposure API). */
    RECTIFY("整改"),
    /** Taken off the record once the rectification is shown in a published period. */
    WRITE_OFF("销账"),
    /** A follow-up (回头看) found it unfixed again: back on the list. */
    REEXPOSE("重新挂账");

    private final String label;

    CaseAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseAction parse(String id) {
        return EnumIds.parse(values(), CaseAction::id, id, "无法识别的操作 '" + id + "'");
    }
}
