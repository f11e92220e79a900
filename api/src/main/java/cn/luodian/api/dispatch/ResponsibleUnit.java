package cn.luodian.api.dispatch;

/**
 * A unit cases are dispatched to (责任单位): a department (城管执法, 环卫, 水务 …) or, when it has a
 * {@code townshipCode}, a township's own office, the home unit (属地) of that township.
 * {@code contact} is a free line (phone, person) for the dispatcher; a unit that is not
 * {@code enabled} (停用) keeps its cases but receives no new ones.
 */
public record ResponsibleUnit(long id, String code, String name, String townshipCode, String contact, boolean enabled) {

    /** A unit as the older callers create it: no contact, enabled. */
    public ResponsibleUnit(long id, String code, String name, String townshipCode) {
        this(id, code, name, townshipCode, "", true);
    }

    /** True for a township's own office (属地单位), false for a department (职能部门). */
    public boolean isHomeUnit() {
        return townshipCode != null;
    }
}
