package cn.luodian.api.components;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.describe.ReferenceIndexHolder;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.TextFields;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentCategories;
import cn.luodian.geo.component.ComponentFileReader;
import cn.luodian.geo.component.ComponentStatuses;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.ImportException;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a component file (CSV or GeoJSON, read by {@code geo.component.ComponentFileReader}) all
 * or nothing: the file is read and every component placed in a unit grid cell and township before
 * anything is written, then ONE transaction inserts the new codes, updates the changed ones with a
 * history row for each change, removes what a replace names and the file lacks, and audits the
 * import. A refused file changes nothing; its errors name the file, the line or feature and the reason.
 */
@Service
public class ComponentImport {
    static final String ACTION = "component.import";
    /** Errors listed in a refusal, as the file reader lists its own. */
    private static final int MAX_LISTED = 100;
    static final int MAX_NAME_CHARS = 100;

    private final ComponentStore store;
    private final Taxonomy taxonomy;
    private final ReferenceIndexHolder reference;
    private final AuditLog audit;
    private final Clock clock;
    private final CaseSettings calendar;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher publisher;

    ComponentImport(ComponentStore store, Taxonomy taxonomy, ReferenceIndexHolder reference, AuditLog audit, Clock clock,
                    CaseSettings calendar, TransactionTemplate transactions, ApplicationEventPublisher publisher) {
        this.publisher = publisher;
        this.store = store;
        this.taxonomy = taxonomy;
        this.reference = reference;
        this.audit = audit;
        this.clock = clock;
        this.calendar = calendar;
        this.transactions = transactions;
    }

    /** A file by its extension (.csv, .geojson, .json); {@code encoding} null detects UTF-8 or GBK; {@code replace} may be null. */
    public ComponentImportReport importFile(Path file, Datum datum, Charset encoding, ComponentReplace replace, Actor actor) {
        requireMayImport(actor);
        return write(file.getFileName().toString(), reader().read(file, datum, encoding), replace, actor);
    }

    /** The same for a file received whole: {@code name} tells its kind by its extension. */
    public ComponentImportReport importBytes(String name, byte[] bytes, Datum datum, Charset encoding, ComponentReplace replace,
                                             Actor actor) {
        requireMayImport(actor);
        // The name reaches messages, the history and the audit log: one short line, or refused.
        TextFields.required("文件名", name, MAX_NAME_CHARS);
        String lower = name.toLowerCase(Locale.ROOT);
        List<Component> components = lower.endsWith(".csv")
                ? reader().readCsv(() -> new ByteArrayInputStream(bytes), name, datum, encoding)
                : reader().readGeoJson(new ByteArrayInputStream(bytes), name, datum);
        return write(name, components, replace, actor);
    }

    /** Components already read (the demo inventory), placed and written as a file's would be. */
    public ComponentImportReport importComponents(String name, List<Component> components, Actor actor) {
        requireMayImport(actor);
        return write(name, components, null, actor);
    }

    private static void requireMayImport(Actor actor) {
        if (actor.role() != Role.ADMIN) {
            throw new ForbiddenException("只有系统管理员可以导入部件");
        }
    }

    private ComponentFileReader reader() {
        Map<String, String> names = new LinkedHashMap<>();
        for (Category c : taxonomy.listAll()) {
            if ("component".equals(c.kind()) && !c.isTopLevel()) {
                names.put(c.code(), c.name());
            }
        }
        return new ComponentFileReader(ComponentCategories.of(names), ComponentStatuses.DEFAULTS,
                LocalDate.ofInstant(clock.instant(), calendar.zone()));
    }

    private ComponentImportReport write(String name, List<Component> components, ComponentReplace replace, Actor actor) {
        if (components.isEmpty()) {
            throw ImportException.ofFile(name, "文件中没有部件", null);
        }
        ComponentPlacer placer = new ComponentPlacer(reference.get().index());
        if (!placer.hasAdminAreas()) {
            throw ImportException.ofFile(name, "还没有行政区划图层，无法确定部件所在的乡镇街道和单元网格：请先导入行政区划（import --layer admin）", null);
        }
        checkReplace(name, replace, placer);
        List<PlacedComponent> placed = place(name, components, placer);
        return transactions.execute(status -> {
            ImportWrite write = new ImportWrite(store, clock.instant(), actor, "导入 " + name);
            ComponentImportReport report = write.apply(name, placed, replace, audit);
            if (!write.changedCodes().isEmpty()) {
                publisher.publishEvent(new ComponentsChanged(write.changedCodes(), true));
            }
            return report;
        });
    }

    private void checkReplace(String name, ComponentReplace replace, ComponentPlacer placer) {
        if (replace == null) {
            return;
        }
        boolean known = replace.scope() == ComponentReplace.Scope.CATEGORY
                ? taxonomy.find(replace.code()).filter(c -> "component".equals(c.kind()) && !c.isTopLevel()).isPresent()
                : placer.hasTownship(replace.code());
        if (!known) {
            throw ImportException.ofFile(name, "要替换的" + replace.label() + " 不存在"
                    + (replace.scope() == ComponentReplace.Scope.CATEGORY ? "于部件分类中" : "于行政区划中"), null);
        }
    }

    /** Every component in its cell and township, or the file refused naming each one outside the data. */
    private static List<PlacedComponent> place(String name, List<Component> components, ComponentPlacer placer) {
        boolean features = !name.toLowerCase(Locale.ROOT).endsWith(".csv");
        List<PlacedComponent> placed = new ArrayList<>(components.size());
        List<String> errors = new ArrayList<>();
        int outside = 0;
        for (int i = 0; i < components.size(); i++) {
            Component component = components.get(i);
            Optional<PlacedComponent> p = placer.place(component);
            if (p.isPresent()) {
                placed.add(p.get());
                continue;
            }
            outside++;
            if (errors.size() < MAX_LISTED) {
                String reason = "部件 " + component.code() + " 的位置不在本区的数据范围内（不在任何行政区划内）";
                // A GeoJSON file's components are its features in order (a refused feature refuses the file).
                errors.add((features ? ImportException.atFeature(name, i, reason) : ImportException.ofFile(name, reason, null)).getMessage());
            }
        }
        if (outside > 0) {
            throw ImportException.ofFile(name, "未导入，共 " + outside + " 处错误\n" + String.join("\n", errors)
                    + (outside > errors.size() ? "\n……另有 " + (outside - errors.size()) + " 处错误未列出" : ""), null);
        }
        return placed;
    }
}
