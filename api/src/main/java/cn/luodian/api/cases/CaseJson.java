package cn.luodian.api.cases;

import cn.luodian.api.categories.Category;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.security.Actor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A case as the API shows it to one actor: contact data masked as their role requires. */
final class CaseJson {

    private CaseJson() {
    }

    static Map<String, Object> of(CityCase c, Actor actor, Function<String, Category> categories,
                                  Function<Long, ResponsibleUnit> units) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("number", c.number());
        json.put("source", c.source().id());
        json.put("externalId", c.externalId());
        Category category = categories.apply(c.categoryCode());
        Map<String, Object> categoryJson = new LinkedHashMap<>();
        categoryJson.put("code", c.categoryCode());
        categoryJson.put("name", category == null ? null : category.name());
        categoryJson.put("parentCode", category == null ? null : category.parentCode());
        json.put("category", categoryJson);
        json.put("description", c.description());
        json.put("urgency", c.urgency().id());
        json.put("state", c.state().id());
        json.put("stateLabel", c.state().label());
        json.put("location", Map.of("lon", c.lon(), "lat", c.lat(), "crs", "wgs84"));
        json.put("text", c.locationText());
        json.put("district", c.districtCode() == null ? null : Map.of("code", c.districtCode()));
        json.put("township", place(c.townshipCode(), c.townshipName()));
        json.put("village", place(c.villageCode(), c.villageName()));
        json.put("gridCell", c.gridCellCode() == null ? null : Map.of("code", c.gridCellCode()));
        // The 责任网格 and grid worker as they were when the case was placed.
        json.put("responsibilityGrid", c.gridDuty() == null ? null
                : Map.of("id", c.gridDuty().gridId(), "name", c.gridDuty().gridName()));
        json.put("gridWorker", c.gridDuty() == null || c.gridDuty().workerUsername() == null ? null
                : worker(c.gridDuty().workerUsername(), c.gridDuty().workerName()));
        json.put("componentCode", c.componentCode());
        ResponsibleUnit unit = c.unitId() == null ? null : units.apply(c.unitId());
        json.put("unit", unit == null ? null : Map.of("id", unit.id(), "code", unit.code(), "name", unit.name()));
        Map<String, Object> reporter = new LinkedHashMap<>();
        reporter.put("name", CaseAccess.nameFor(actor, c.reporterName()));
        reporter.put("phone", CaseAccess.phoneFor(actor, c.reporterPhone()));
        json.put("reporter", reporter);
        json.put("mergedInto", c.mergedInto());
        json.put("mergedCount", c.mergedCount());
        json.put("sameComplaints", c.mergedCount() > 0 ? "同类诉求 " + (c.mergedCount() + 1) + " 次" : null);
        json.put("satisfaction", c.satisfaction() == null ? null : c.satisfaction().id());
        json.put("receivedAt", time(c.receivedAt()));
        json.put("registeredAt", time(c.registeredAt()));
        json.put("dispatchedAt", time(c.dispatchedAt()));
        json.put("respondedAt", time(c.respondedAt()));
        json.put("reportedDoneAt", time(c.reportedDoneAt()));
        json.put("closedAt", time(c.closedAt()));
        Map<String, Object> deadlines = new LinkedHashMap<>();
        deadlines.put("dispatch", time(c.dispatchDueAt()));
        deadlines.put("response", time(c.responseDueAt()));
        deadlines.put("feedback", time(c.feedbackDueAt()));
        deadlines.put("resolve", time(c.resolveDueAt()));
        json.put("deadlines", deadlines);
        json.put("overdue", c.overdue());
        json.put("allowedActions", Workflow.allowed(c.state(), actor.role()).stream().map(CaseAction::id).toList());
        json.put("updatedAt", time(c.updatedAt()));
        json.put("version", c.version());
        return json;
    }

    private static Map<String, Object> worker(String username, String name) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("username", username);
        json.put("name", name);
        return json;
    }

    private static Map<String, Object> place(String code, String name) {
        if (code == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", code);
        json.put("name", name);
        return json;
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
