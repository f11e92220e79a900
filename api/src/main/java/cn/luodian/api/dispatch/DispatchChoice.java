package cn.luodian.api.dispatch;

/** The unit a case would go to and the rule that chose it; {@code rule} is null for the home unit (属地). */
public record DispatchChoice(ResponsibleUnit unit, DispatchRule rule) {
}
