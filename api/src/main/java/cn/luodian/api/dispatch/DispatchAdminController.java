package cn.luodian.api.dispatch;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.layer.AdminArea;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/admin/units} and {@code /api/v1/admin/dispatch-rules}: the administrator lists,
 * creates, edits and disables responsible units, and lists, creates, edits and deletes dispatch
 * rules; {@code /api/v1/admin/dispatch-preview} says which unit a case of a category at a place would
 * go to and why. ADMIN only ({@link DispatchAdmin} refuses anyone else with 403). Lists are bounded.
 */
@RestController
@RequestMapping("/api/v1/admin")
class DispatchAdminController {
    static final int MAX_LISTED = 1000;

    private final DispatchAdmin admin;
    private final Dispatcher dispatcher;
    private final Taxonomy taxonomy;
    private final ReferenceLayers layers;

    DispatchAdminController(DispatchAdmin admin, Dispatcher dispatcher, Taxonomy taxonomy, ReferenceLayers layers) {
        this.admin = admin;
        this.dispatcher = dispatcher;
        this.taxonomy = taxonomy;
        this.layers = layers;
    }

    @GetMapping("/units")
    Map<String, Object> units(Actor actor) {
        List<ResponsibleUnit> units = admin.listUnits(actor);
        Map<String, String> places = new HashMap<>();
        return Map.of("units", units.stream().limit(MAX_LISTED).map(u -> unitJson(u, places)).toList(),
                "truncated", units.size() > MAX_LISTED);
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createUnit(@RequestBody UnitForm form, Actor actor) {
        return unitJson(admin.createUnit(actor, form), new HashMap<>());
    }

    @PutMapping("/units/{id}")
    Map<String, Object> updateUnit(@PathVariable long id, @RequestBody UnitForm form, Actor actor) {
        return unitJson(admin.updateUnit(actor, id, form), new HashMap<>());
    }

    @PostMapping("/units/{id}/disable")
    Map<String, Object> disableUnit(@PathVariable long id, Actor actor) {
        return unitJson(admin.setUnitEnabled(actor, id, false), new HashMap<>());
    }

    @PostMapping("/units/{id}/enable")
    Map<String, Object> enableUnit(@PathVariable long id, Actor actor) {
        return unitJson(admin.setUnitEnabled(actor, id, true), new HashMap<>());
    }

    @GetMapping("/dispatch-rules")
    Map<String, Object> rules(Actor actor) {
        List<DispatchRule> rules = admin.listRules(actor).stream().sorted(Dispatcher.MOST_SPECIFIC_FIRST).toList();
        Map<Long, ResponsibleUnit> units = admin.listUnits(actor).stream()
                .collect(Collectors.toMap(ResponsibleUnit::id, Function.identity()));
        Map<String, String> places = new HashMap<>();
        return Map.of("rules", rules.stream().limit(MAX_LISTED).map(r -> ruleJson(r, units, places)).toList(),
                "truncated", rules.size() > MAX_LISTED);
    }

    @PostMapping("/dispatch-rules")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> createRule(@RequestBody RuleForm form, Actor actor) {
        return ruleJson(admin.createRule(actor, form), unitsById(actor), new HashMap<>());
    }

    @PutMapping("/dispatch-rules/{id}")
    Map<String, Object> updateRule(@PathVariable long id, @RequestBody RuleForm form, Actor actor) {
        return ruleJson(admin.updateRule(actor, id, form), unitsById(actor), new HashMap<>());
    }

    @DeleteMapping("/dispatch-rules/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void deleteRule(@PathVariable long id, Actor actor) {
        admin.deleteRule(actor, id);
    }

    /** Which unit a case of {@code category} at {@code place} (a township or village code) would go to. */
    @GetMapping("/dispatch-preview")
    Map<String, Object> preview(@RequestParam String category, @RequestParam String place, Actor actor) {
        DispatchAdmin.requireAdmin(actor);
        RuleForm asked = new RuleForm(category, place, 0L, 0).checked();
        if (asked.categoryPrefix().isEmpty() || taxonomy.find(asked.categoryPrefix()).isEmpty()) {
            throw new BadRequestException("请给出存在的案件类别代码");
        }
        if (asked.jurisdictionPrefix().length() < 9 || layers.findAdminArea(asked.jurisdictionPrefix()).isEmpty()) {
            throw new BadRequestException("请给出存在的街乡镇（9 位）或社区村（12 位）代码");
        }
        String township = asked.jurisdictionPrefix().substring(0, 9);
        Map<String, Object> body = new LinkedHashMap<>();
        var choice = dispatcher.explain(asked.categoryPrefix(), asked.jurisdictionPrefix(), township);
        Map<String, String> places = new HashMap<>();
        body.put("unit", choice.map(c -> unitJson(c.unit(), places)).orElse(null));
        body.put("ruleId", choice.map(DispatchChoice::rule).map(DispatchRule::id).orElse(null));
        body.put("reason", choice.isEmpty() ? "没有匹配的规则，该街乡镇也没有启用的属地单位：派遣时须人工选择单位"
                : choice.get().reason());
        return body;
    }

    private Map<Long, ResponsibleUnit> unitsById(Actor actor) {
        return admin.listUnits(actor).stream().collect(Collectors.toMap(ResponsibleUnit::id, Function.identity()));
    }

    private Map<String, Object> unitJson(ResponsibleUnit u, Map<String, String> places) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", u.id());
        json.put("code", u.code());
        json.put("name", u.name());
        json.put("kind", u.isHomeUnit() ? "属地单位" : "职能部门");
        json.put("townshipCode", u.townshipCode());
        json.put("townshipName", u.townshipCode() == null ? null : placeName(u.townshipCode(), places));
        json.put("contact", u.contact());
        json.put("enabled", u.enabled());
        return json;
    }

    private Map<String, Object> ruleJson(DispatchRule r, Map<Long, ResponsibleUnit> units, Map<String, String> places) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("categoryPrefix", r.categoryPrefix());
        json.put("categoryName", r.categoryPrefix().isEmpty() ? "全部类别"
                : taxonomy.find(r.categoryPrefix()).map(Category::name).orElse(r.categoryPrefix()));
        json.put("jurisdictionPrefix", r.jurisdictionPrefix());
        json.put("jurisdictionName", r.jurisdictionPrefix().isEmpty() ? "全区" : placeName(r.jurisdictionPrefix(), places));
        json.put("unitId", r.unitId());
        ResponsibleUnit unit = units.get(r.unitId());
        json.put("unitName", unit == null ? "未知单位" : unit.name());
        json.put("unitEnabled", unit != null && unit.enabled());
        json.put("priority", r.priority());
        return json;
    }

    private String placeName(String code, Map<String, String> cache) {
        return cache.computeIfAbsent(code, c -> layers.findAdminArea(c).map(AdminArea::name).orElse(c));
    }
}
