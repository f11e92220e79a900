package cn.luodian.api.exposure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The exposure API's JSON shapes, with Chinese labels beside the ids for the workspace. */
final class ExposureJson {

    private ExposureJson() {
    }

    static Map<String, Object> publisher(Publisher p) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", p.code());
        json.put("name", p.name());
        json.put("titleLine", p.titleLine());
        json.put("cadence", p.cadence().id());
        json.put("cadenceLabel", p.cadence().label());
        json.put("firstNumber", p.firstNumber());
        json.put("photoRequired", p.photoRequired());
        json.put("targetCategories", p.targetCategories());
        json.put("demo", p.demo());
        json.put("url", "/exposure/" + p.code());
        return json;
    }

    static Map<String, Object> period(Period p, Publisher publisher, List<Map<String, Object>> entries) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", p.id());
        json.put("publisher", publisher.code());
        json.put("publisherName", publisher.name());
        json.put("number", p.number());
        json.put("revision", p.revision());
        json.put("label", p.label());
        json.put("state", p.state().id());
        json.put("stateLabel", p.state().label());
        json.put("title", p.title());
        json.put("intro", p.intro());
        json.put("issueDate", p.issueDate().toString());
        json.put("correctsId", p.correctsId());
        json.put("correctionNote", p.correctionNote());
        json.put("createdBy", p.createdBy());
        json.put("submittedBy", p.submittedBy());
        json.put("publishedBy", p.publishedBy());
        json.put("publishedAt", p.publishedAt() == null ? null : p.publishedAt().toString());
        json.put("contentHash", p.contentHash());
        json.put("previewUrl", "/api/v1/exposure/periods/" + p.id() + "/preview");
        if (p.state() == PeriodState.PUBLISHED) {
            json.put("url", PublicLinks.page(publisher.code(), p.number(), p.revision()));
        }
        if (entries != null) {
            json.put("entries", entries);
        }
        return json;
    }

    /** An entry of a draft or published period; {@code entryId}/{@code caseId} for editing, null for a snapshot's. */
    static Map<String, Object> entry(PublishedEntry e, Long entryId, Long caseId, String caseState, PhotoLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", entryId);
        json.put("seq", e.seq());
        json.put("kind", e.kind().id());
        json.put("kindLabel", e.kind().label());
        json.put("caseId", caseId);
        json.put("caseRef", e.caseRef());
        json.put("caseState", caseState);
        json.put("text", e.text());
        json.put("townshipCode", e.townshipCode());
        json.put("township", e.township());
        json.put("villageCode", e.villageCode());
        json.put("village", e.village());
        json.put("categoryCode", e.categoryCode());
        json.put("category", e.category());
        json.put("unit", e.unit());
        json.put("deadline", e.deadline().toString());
        json.put("periodsOnList", e.periodsOnList());
        json.put("firstNumber", e.firstNumber());
        json.put("exposedOn", e.exposedOn().toString());
        json.put("rectifiedOn", e.rectifiedOn() == null ? null : e.rectifiedOn().toString());
        json.put("lon", e.lon());
        json.put("lat", e.lat());
        json.put("photoUrl", e.photo() == null ? null : links.file(e.photo()));
        json.put("afterUrl", e.after() == null ? null : links.file(e.after()));
        json.put("mapUrl", links.map(e, entryId));
        return json;
    }

    static Map<String, Object> followUp(FollowUp f) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", f.id());
        json.put("entryId", f.entryId());
        json.put("inspectedOn", f.inspectedOn().toString());
        json.put("inspector", f.inspector());
        json.put("result", f.fixed() ? "fixed" : "unfixed");
        json.put("resultLabel", f.fixed() ? "已整改" : "未整改");
        json.put("note", f.note());
        json.put("photoUrl", f.photo() == null ? null : PublicLinks.file(f.photo()));
        json.put("recordedBy", f.recordedBy());
        json.put("recordedAt", f.recordedAt().toString());
        return json;
    }
}
