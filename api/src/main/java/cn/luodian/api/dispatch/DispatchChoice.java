package cn.luodian.api.dispatch;

/**
 * The unit a case would go to and why: {@code rule} is the rule that chose it; {@code byComponent}
 * says the case's 部件 named it (its owner or maintainer); neither means the home unit (属地).
 */
public record DispatchChoice(ResponsibleUnit unit, DispatchRule rule, boolean byComponent) {

    public DispatchChoice(ResponsibleUnit unit, DispatchRule rule) {
        this(unit, rule, false);
    }

    /** Why, in the words the dispatcher reads. */
    public String reason() {
        return byComponent ? "按部件权属：" + unit.name()
                : rule != null ? "按派遣规则 " + rule.id()
                : "没有匹配的规则，派往属地单位";
    }
}
