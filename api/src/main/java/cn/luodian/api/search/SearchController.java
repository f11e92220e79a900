package cn.luodian.api.search;

import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.cases.CaseSearch;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/search?q=…&limit=…}: the workspace's search box. One answer with the results
 * grouped by kind (cases the user may see, then townships, villages, grid cells, roads, water,
 * landmarks), each group at most {@code limit} long, groups ordered by their best match (exact, prefix,
 * contains) and then by kind. Places come from memory ({@link PlaceSearch}); cases from one bounded read.
 */
@RestController
public class SearchController {
    private final PlaceSearch places;
    private final CaseSearch cases;
    private final Taxonomy categories;

    public SearchController(PlaceSearch places, CaseSearch cases, Taxonomy categories) {
        this.places = places;
        this.cases = cases;
        this.categories = categories;
    }

    private record Group(String kind, String label, int best, int order, List<Map<String, Object>> items) {
    }

    @GetMapping("/api/v1/search")
    public Map<String, Object> search(@RequestParam(required = false) String q, @RequestParam(required = false) String limit,
                                      Actor actor) {
        SearchQuery query = SearchQuery.parse(q, perKind(limit));
        List<Group> groups = new ArrayList<>();
        List<CaseSearch.Hit> caseHits = cases.search(query.text(), actor, query.perKind());
        if (!caseHits.isEmpty()) {
            groups.add(new Group("case", "案件", caseHits.get(0).rank() == 3 ? 2 : 0, -1,
                    caseHits.stream().map(this::caseItem).toList()));
        }
        places.search(query.text(), query.perKind()).forEach((kind, matches) -> groups.add(new Group(kind.id(), kind.label(),
                matches.get(0).rank(), kind.ordinal(), matches.stream().map(m -> SearchJson.place(m.entry())).toList())));
        groups.sort(Comparator.comparingInt(Group::best).thenComparingInt(Group::order));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("query", query.text());
        json.put("groups", groups.stream().map(g -> {
            Map<String, Object> group = new LinkedHashMap<>();
            group.put("kind", g.kind());
            group.put("label", g.label());
            group.put("items", g.items());
            return group;
        }).toList());
        return json;
    }

    private Map<String, Object> caseItem(CaseSearch.Hit hit) {
        CityCase c = hit.value();
        String category = categories.find(c.categoryCode()).map(Category::name).orElse(c.categoryCode());
        return SearchJson.caseItem(c, category);
    }

    private static Integer perKind(String limit) {
        if (limit == null || limit.isBlank()) {
            return null;
        }
        if (!limit.strip().matches("\\d{1,3}")) {
            throw new BadRequestException("每类结果数应为 1 到 " + SearchQuery.MAX_PER_KIND + " 的整数。");
        }
        return Integer.parseInt(limit.strip());
    }
}
