package cn.luodian.api.cases;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A component's cases (部件的案件): what its card lists beside its history. Here because cases build on components. */
@RestController
@Tag(name = "components")
class ComponentCasesController {
    static final int MAX_CASES = 100;
    private static final Pattern CODE = Pattern.compile("[0-9]{16}");

    private final CaseService cases;
    private final Taxonomy categories;
    private final ResponsibleUnits units;

    ComponentCasesController(CaseService cases, Taxonomy categories, ResponsibleUnits units) {
        this.cases = cases;
        this.categories = categories;
        this.units = units;
    }

    @Operation(summary = "关于一个部件的案件（最新在前，最多 100 件，限于本人可见范围）")
    @GetMapping("/api/v1/components/{code}/cases")
    Map<String, Object> cases(@PathVariable String code, Actor actor) {
        if (!CODE.matcher(code).matches()) {
            throw new BadRequestException("部件标识码应为 16 位数字");
        }
        List<Map<String, Object>> items = cases.aboutComponent(code, actor, MAX_CASES).stream()
                .map(c -> CaseJson.of(c, actor, cat -> categories.find(cat).orElse(null), id -> units.findUnit(id).orElse(null)))
                .toList();
        return Map.of("cases", items, "limit", MAX_CASES);
    }
}
