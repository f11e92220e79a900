package cn.luodian.api.components;

import java.util.Locale;

/** What one history row of a component records. */
public enum ComponentChangeKind {
    CREATED("新增"),
    STATUS("状态变更"),
    POSITION("位置变更"),
    FIELDS("属性变更"),
    REMOVED("删除");

    private final String label;

    ComponentChangeKind(String label) {
        this.label = label;
    }

    /** The id stored and sent: created, status, position, fields, removed. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    static ComponentChangeKind ofId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
