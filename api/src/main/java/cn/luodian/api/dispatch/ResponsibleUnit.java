package cn.luodian.api.dispatch;

/**
 * A unit cases are dispatched to (责任单位): a department (城管执法, 环卫, 水务 …) or a township's own
 * office, which is then the home unit (属地) of that township.
 */
public record ResponsibleUnit(long id, String code, String name, String townshipCode) {
}
