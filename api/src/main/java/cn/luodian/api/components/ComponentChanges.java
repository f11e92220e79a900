package cn.luodian.api.components;

import cn.luodian.geo.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The history rows that turning a stored component into a file's version of it makes: one for a
 * new status, one for a new position, and one naming the other fields that changed. None when the
 * file holds the component as stored, which is then not written at all.
 */
final class ComponentChanges {

    private ComponentChanges() {
    }

    static List<ComponentChange> between(Component stored, Component next, Instant at, String by, String note) {
        String code = next.code().value();
        List<ComponentChange> changes = new ArrayList<>();
        if (!stored.status().equals(next.status())) {
            changes.add(new ComponentChange(code, at, by, ComponentChangeKind.STATUS, stored.status(), next.status(), null, null, note));
        }
        // Exact: the same file read again gives the same coordinates to the last bit, datum conversion included.
        if (!stored.geometry().equalsExact(next.geometry())) {
            changes.add(new ComponentChange(code, at, by, ComponentChangeKind.POSITION, null, null, stored.geometry(),
                    next.geometry(), note));
        }
        List<String> fields = new ArrayList<>();
        differs(fields, "名称", stored.name(), next.name());
        differs(fields, "权属单位", stored.ownerUnit(), next.ownerUnit());
        differs(fields, "养护单位", stored.maintainerUnit(), next.maintainerUnit());
        differs(fields, "普查日期", stored.surveyedOn(), next.surveyedOn());
        differs(fields, "来源", stored.source(), next.source());
        differs(fields, "备注", stored.notes(), next.notes());
        if (!fields.isEmpty()) {
            changes.add(new ComponentChange(code, at, by, ComponentChangeKind.FIELDS, null, null, null, null,
                    note + "：" + String.join("、", fields)));
        }
        return changes;
    }

    static ComponentChange created(Component component, Instant at, String by, String note) {
        return new ComponentChange(component.code().value(), at, by, ComponentChangeKind.CREATED, null, component.status(),
                null, component.geometry(), note);
    }

    static ComponentChange removed(Component component, Instant at, String by, String note) {
        return new ComponentChange(component.code().value(), at, by, ComponentChangeKind.REMOVED, component.status(), null,
                component.geometry(), null, note);
    }

    private static void differs(List<String> fields, String label, Object stored, Object next) {
        if (!Objects.equals(stored, next)) {
            fields.add(label);
        }
    }
}
