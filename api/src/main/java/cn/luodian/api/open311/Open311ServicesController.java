package cn.luodian.api.open311;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 services: one service per 小类 of the taxonomy, grouped by its 大类. No
 * service asks for extra attributes ({@code metadata: false}), so each definition is empty.
 */
@RestController
public class Open311ServicesController {
    private final Taxonomy categories;

    public Open311ServicesController(Taxonomy categories) {
        this.categories = categories;
    }

    /** {@code jurisdiction_id} is accepted and ignored: this endpoint serves one district. */
    @GetMapping("/open311/v2/services.json")
    public List<Map<String, Object>> services(@RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        List<Category> all = categories.listAll();
        Map<String, Category> byCode = all.stream().collect(Collectors.toMap(Category::code, Function.identity()));
        return all.stream().filter(c -> !c.isTopLevel()).map(c -> service(c, byCode.get(c.parentCode()))).toList();
    }

    @GetMapping("/open311/v2/services/{code}.json")
    public Map<String, Object> definition(@PathVariable String code,
                                          @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId) {
        Category category = categories.find(code).filter(c -> !c.isTopLevel())
                .orElseThrow(() -> new NotFoundException("没有服务代码 '" + code + "'：可用的服务见 /open311/v2/services.json"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_code", category.code());
        json.put("attributes", List.of());
        return json;
    }

    private static Map<String, Object> service(Category category, Category group) {
        String groupName = group == null ? "" : group.name();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_code", category.code());
        json.put("service_name", category.name());
        json.put("description", groupName + " · " + category.name() + "（" + kindLabel(category.kind()) + "）");
        json.put("metadata", false);
        json.put("type", "realtime");
        json.put("keywords", String.join(",", List.of(groupName, category.name(), kindKeyword(category.kind()))));
        json.put("group", groupName);
        return json;
    }

    private static String kindLabel(String kind) {
        return switch (kind) {
            case "component" -> "城市管理部件，CJ/T 214";
            case "event" -> "城市管理事件，CJ/T 214";
            case "hotline" -> "12345热线常见诉求";
            default -> kind;
        };
    }

    private static String kindKeyword(String kind) {
        return switch (kind) {
            case "component" -> "部件";
            case "event" -> "事件";
            case "hotline" -> "12345";
            default -> kind;
        };
    }
}
