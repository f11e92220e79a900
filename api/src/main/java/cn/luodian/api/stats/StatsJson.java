package cn.luodian.api.stats;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The JSON of the rates and the ranking: plain maps, labels in Chinese. */
final class StatsJson {

    private StatsJson() {
    }

    static Map<String, Object> rates(RatesReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("period", period(report.period()));
        json.put("asOf", report.asOf().toString());
        json.put("groupBy", report.groupBy().id());
        json.put("groupLabel", report.groupBy().label());
        json.put("category", report.category());
        json.put("groups", report.groups().stream().map(StatsJson::group).toList());
        json.put("total", group(report.total()));
        return json;
    }

    static Map<String, Object> ranking(RankingReport report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("month", report.period().month().toString());
        json.put("period", period(report.period()));
        json.put("asOf", report.asOf().toString());
        StatsSettings.Weights w = report.weights();
        json.put("score", "四项指标中有分母者的加权平均"
                + "（权重：响应率 %s，解决率 %s，满意率 %s，按期结案率 %s）"
                .formatted(number(w.response()), number(w.resolution()), number(w.satisfaction()), number(w.onTimeClosure())));
        json.put("weights", Map.of("response", w.response(), "resolution", w.resolution(),
                "satisfaction", w.satisfaction(), "onTimeClosure", w.onTimeClosure()));
        json.put("ranked", report.ranked());
        json.put("townships", report.entries().stream().map(e -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("rank", e.rank());
            row.put("score", e.score());
            row.putAll(group(e.township()));
            return row;
        }).toList());
        return json;
    }

    static Map<String, Object> components(ComponentStatistics.Report report) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("groupBy", report.by().name().toLowerCase(Locale.ROOT));
        json.put("groupLabel", report.by().label);
        json.put("period", period(report.period()));
        json.put("repeatAtLeast", report.repeatAtLeast());
        json.put("groups", report.groups().stream().map(g -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key", g.key());
            row.put("name", g.name());
            row.put("components", g.components());
            row.put("statuses", g.statuses());
            row.put("cases", g.cases());
            row.put("casesPer100", g.casesPer100());
            return row;
        }).toList());
        json.put("repeatFailures", report.repeats().stream().map(r -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("code", r.code());
            row.put("category", r.category());
            row.put("categoryName", r.categoryName());
            row.put("name", r.name());
            row.put("ownerUnit", r.ownerUnit());
            row.put("status", r.status());
            row.put("cases", r.cases());
            return row;
        }).toList());
        return json;
    }

    static Map<String, Object> group(GroupRates g) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", g.code());
        json.put("name", g.name());
        json.put("cases", g.cases());
        json.put("response", g.response().json("响应率"));
        json.put("resolution", g.resolution().json("解决率"));
        json.put("satisfaction", g.satisfaction().json("满意率"));
        json.put("onTimeClosure", g.onTimeClosure().json("按期结案率"));
        return json;
    }


    private static Map<String, Object> period(Period p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("from", p.from().toString());
        json.put("to", p.to().toString());
        json.put("month", p.month() == null ? null : p.month().toString());
        json.put("zone", p.zone().getId());
        return json;
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }
}
