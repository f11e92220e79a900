package cn.luodian.api.components;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The writing half of one import, inside its transaction: inserts, updates with their history,
 * the removals of a replace, and the audit entry. Used once.
 */
final class ImportWrite {
    private final ComponentStore store;
    private final Instant now;
    private final Actor actor;
    private final String note;
    /** The codes inserted, updated or removed by {@link #apply}. */
    private Set<String> changed = Set.of();

    ImportWrite(ComponentStore store, Instant now, Actor actor, String note) {
        this.store = store;
        this.now = now;
        this.actor = actor;
        this.note = note;
    }

    ComponentImportReport apply(String file, List<PlacedComponent> placed, ComponentReplace replace, AuditLog audit) {
        Set<String> codes = new HashSet<>(placed.size() * 2);
        placed.forEach(p -> codes.add(p.code()));
        Map<String, StoredComponent> stored = store.findByCodes(codes);
        List<PlacedComponent> fresh = new ArrayList<>();
        List<ComponentStore.Update> updates = new ArrayList<>();
        List<ComponentStore.ChangeRow> history = new ArrayList<>();
        int unchanged = 0;
        int statusChanges = 0;
        int positionChanges = 0;
        for (PlacedComponent next : placed) {
            StoredComponent old = stored.get(next.code());
            if (old == null) {
                fresh.add(next);
                continue;
            }
            List<ComponentChange> changes = ComponentChanges.between(old.component(), next.component(), now, actor.username(), note);
            if (changes.isEmpty() && sameCells(old, next)) {
                unchanged++;
                continue;
            }
            updates.add(new ComponentStore.Update(old, next));
            for (ComponentChange change : changes) {
                history.add(new ComponentStore.ChangeRow(old.id(), change));
                statusChanges += change.kind() == ComponentChangeKind.STATUS ? 1 : 0;
                positionChanges += change.kind() == ComponentChangeKind.POSITION ? 1 : 0;
            }
        }
        // In code order, so that each index's insertions cluster (the code's, and those led by 小类,
        // status or unit, as codes run by district and 小类) rather than touch a page apiece.
        fresh.sort(Comparator.comparing(PlacedComponent::code));
        Map<String, Long> ids = store.insertAll(fresh, now);
        for (PlacedComponent p : fresh) {
            history.add(new ComponentStore.ChangeRow(ids.get(p.code()),
                    ComponentChanges.created(p.component(), now, actor.username(), note)));
        }
        store.updateAll(updates, now);
        List<String> removedCodes = new ArrayList<>();
        int removed = replace == null ? 0 : removeAbsent(replace, codes, history, removedCodes);
        store.appendChanges(history);
        Set<String> changed = new HashSet<>(removedCodes);
        fresh.forEach(p -> changed.add(p.code()));
        updates.forEach(u -> changed.add(u.stored().code()));
        this.changed = changed;
        ComponentImportReport report = new ComponentImportReport(file, placed.size(), fresh.size(), updates.size(), unchanged,
                removed, statusChanges, positionChanges);
        audit.record(actor, ComponentImport.ACTION, "component_import", shortened(file), detail(report, replace));
        return report;
    }

    Set<String> changedCodes() {
        return changed;
    }

    /** The same place with other reference layers (cells imported since) is still worth writing. */
    private static boolean sameCells(StoredComponent old, PlacedComponent next) {
        return Objects.equals(old.gridCellCode(), next.gridCellCode())
                && Objects.equals(old.townshipCode(), next.townshipCode());
    }

    private int removeAbsent(ComponentReplace replace, Set<String> codes, List<ComponentStore.ChangeRow> history,
                             List<String> removedCodes) {
        ComponentStore.ScopeColumn column = replace.scope() == ComponentReplace.Scope.CATEGORY
                ? ComponentStore.ScopeColumn.CATEGORY : ComponentStore.ScopeColumn.TOWNSHIP;
        List<Long> ids = new ArrayList<>();
        for (StoredComponent c : store.findIn(column, replace.code())) {
            if (!codes.contains(c.code())) {
                ids.add(c.id());
                removedCodes.add(c.code());
                history.add(new ComponentStore.ChangeRow(c.id(),
                        ComponentChanges.removed(c.component(), now, actor.username(), note + "（替换" + replace.label() + "）")));
            }
        }
        store.deleteAll(ids);
        return ids.size();
    }

    private static Map<String, Object> detail(ComponentImportReport report, ComponentReplace replace) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("file", report.file());
        detail.put("read", report.read());
        detail.put("inserted", report.inserted());
        detail.put("updated", report.updated());
        detail.put("unchanged", report.unchanged());
        detail.put("removed", report.removed());
        if (replace != null) {
            detail.put("replace", replace.scope().name().toLowerCase(Locale.ROOT) + ":" + replace.code());
        }
        return detail;
    }

    /** The audit log keeps entity ids of up to 100 characters. */
    private static String shortened(String file) {
        return file.length() <= 100 ? file : file.substring(0, 99) + "…";
    }
}
