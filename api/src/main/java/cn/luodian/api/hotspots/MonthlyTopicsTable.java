package cn.luodian.api.hotspots;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** 每月一题 as table rows for CSV: the count ranking, then the growth ranking, told apart by {@code ranking}. */
final class MonthlyTopicsTable {

    private MonthlyTopicsTable() {
    }

    static HotspotTable of(MonthlyTopics.Report report) {
        List<HotspotTable.Row> rows = new ArrayList<>();
        report.byCount().forEach(t -> rows.add(row("byCount", t)));
        report.byGrowth().forEach(t -> rows.add(row("byGrowth", t)));
        return new HotspotTable(rows, report.parameters(), Map.of());
    }

    private static HotspotTable.Row row(String ranking, MonthlyTopics.Topic t) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("ranking", ranking);
        p.put("rank", t.rank());
        p.put("townshipCode", t.townshipCode());
        p.put("township", t.township());
        p.put("categoryCode", t.categoryCode());
        p.put("category", t.category());
        p.put("parentCategory", t.parentCategory());
        p.put("count", t.count());
        p.put("previousCount", t.previousCount());
        p.put("growth", t.growth());
        p.put("growthRate", t.growthRate());
        return new HotspotTable.Row(null, p);
    }
}
