package cn.luodian.api.categories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The two-level taxonomy, 大类 with their 小类, for pickers and for Open311's services. */
@RestController
public class CategoriesController {
    private final Taxonomy categories;

    public CategoriesController(Taxonomy categories) {
        this.categories = categories;
    }

    @GetMapping("/api/v1/categories")
    public Map<String, Object> list() {
        List<Category> all = categories.listAll();
        List<Map<String, Object>> top = new ArrayList<>();
        for (Category parent : all) {
            if (!parent.isTopLevel()) {
                continue;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("code", parent.code());
            entry.put("name", parent.name());
            entry.put("kind", parent.kind());
            entry.put("children", all.stream().filter(c -> parent.code().equals(c.parentCode()))
                    .map(c -> Map.of("code", c.code(), "name", c.name())).toList());
            top.add(entry);
        }
        return Map.of("categories", top);
    }
}
