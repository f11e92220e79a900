package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.PNG;
import static cn.luodian.api.exposure.ExposureHttpForTest.PNG_AFTER;
import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The exposure list over HTTP on the demo server, as the demo users: a period composed, reviewed
 * and published; the next one carries over what is not fixed and shows the rectified case before
 * and after; 回头看 puts a case found unfixed back on the list; corrections; who may do what; and
 * the bad inputs, each a 4xx problem that changes nothing. Each test has its own publisher and
 * cases, so they share the server without meeting.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExposureApiTest {
    // In 长凌营村, 漷县镇: in the jurisdiction of huoxian, not of liyuan.
    static final double LON = 116.7726;
    static final double LAT = 39.7588;

    private final ExposureHttpForTest api = new ExposureHttpForTest(DemoServerForTest.http());

    private void publisher(String code, int first) {
        expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", code, "name", "测试督办发布单位",
                "titleLine", "挂账督办", "cadence", "weekly", "firstNumber", first, "photoRequired", true)), 201);
    }

    private Map period(String code) {
        return expect(api.post("duban", "/api/v1/exposure/publishers/{code}/periods", Map.of(), code), 201);
    }

    private Map publish(Object periodId) {
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), periodId), 200);
        return expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), periodId), 200);
    }

    private static Map entryOf(Map period, long caseId) {
        return ((List<Map>) period.get("entries")).stream().filter(e -> ((Number) e.get("caseId")).longValue() == caseId)
                .findFirst().orElseThrow(() -> new AssertionError("no entry of case " + caseId + " in " + period));
    }

    private String state(long caseId) {
        return (String) expect(api.get("zuoxi", "/api/v1/cases/{id}", caseId), 200).get("state");
    }

    private List<String> actions(long caseId) {
        return ((List<Map>) expect(api.get("duban", "/api/v1/cases/{id}/history", caseId), 200).get("events")).stream()
                .map(e -> (String) e.get("action")).toList();
    }

    @Test
    void carryOverRectificationWithBeforeAndAfterPhotosAndFollowUpReopening() throws java.io.IOException {
        publisher("test-flow", 50);
        long a = api.openCase(LON, LAT, true);
        long b = api.openCase(LON + 0.001, LAT, true);

        Map p50 = period("test-flow");
        assertThat(p50.get("number")).isEqualTo(50);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", a), p50.get("id")), 201);
        Map draft = expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", b), p50.get("id")), 201);
        assertThat((List) draft.get("entries")).extracting(e -> ((Map) e).get("seq")).containsExactly(1, 2);
        Map entryA = entryOf(draft, a);
        assertThat(entryA.get("text")).isEqualTo(expect(api.get("zuoxi", "/api/v1/cases/{id}", a), 200).get("text"));
        assertThat((String) entryA.get("township")).isEqualTo("漷县镇");
        assertThat(entryA.get("deadline")).isNotNull();
        assertThat(state(a)).isEqualTo("dispatched"); // a draft puts nothing on the list yet

        Map published50 = publish(p50.get("id"));
        assertThat((String) published50.get("contentHash")).matches("[0-9a-f]{64}");
        assertThat(state(a)).isEqualTo("exposed");
        assertThat(actions(a)).endsWith("expose");

        // Township staff see the entries of their own places, and record the rectification with an after photo.
        long entryA50 = ((Number) entryOf(published50, a).get("id")).longValue();
        List<Map> seenByHuoxian = (List<Map>) expect(api.get("huoxian", "/api/v1/exposure/entries"), 200).get("entries");
        assertThat(seenByHuoxian).extracting(e -> e.get("id")).contains((int) entryA50);
        List<Map> seenByLiyuan = (List<Map>) expect(api.get("liyuan", "/api/v1/exposure/entries"), 200).get("entries");
        assertThat(seenByLiyuan).extracting(e -> e.get("id")).doesNotContain((int) entryA50);
        expect(api.form("liyuan", "/api/v1/exposure/entries/{id}/rectification", Map.of(), PNG_AFTER, entryA50), 403);
        expect(api.form("huoxian", "/api/v1/exposure/entries/{id}/rectification", Map.of("note", "已清理"), null, entryA50), 400);
        expect(api.form("huoxian", "/api/v1/exposure/entries/{id}/rectification", Map.of(),
                "<html>not a photo</html>".getBytes(StandardCharsets.UTF_8), entryA50), 400);
        assertThat(state(a)).isEqualTo("exposed");
        Map rectified = expect(api.form("huoxian", "/api/v1/exposure/entries/{id}/rectification", Map.of("note", "已清理"),
                PNG_AFTER, entryA50), 200);
        assertThat(rectified.get("caseState")).isEqualTo("rectified");
        List<Map> history = (List<Map>) expect(api.get("duban", "/api/v1/cases/{id}/history", a), 200).get("events");
        Map rectify = history.get(history.size() - 1);
        assertThat(rectify).containsEntry("action", "rectify").containsEntry("actor", "huoxian");
        assertThat(rectify.get("at")).isNotNull();

        // The next period: A rectified with before and after photos, B carried over, on the list for the 2nd period.
        Map p51 = period("test-flow");
        assertThat(p51.get("number")).isEqualTo(51);
        Map rectifiedA = entryOf(p51, a);
        assertThat(rectifiedA.get("kind")).isEqualTo("rectified");
        assertThat(rectifiedA.get("photoUrl")).isNotNull().isNotEqualTo(rectifiedA.get("afterUrl"));
        assertThat(rectifiedA.get("afterUrl")).isNotNull();
        Map carriedB = entryOf(p51, b);
        assertThat(carriedB.get("kind")).isEqualTo("carried_over");
        assertThat(carriedB.get("periodsOnList")).isEqualTo(2);
        assertThat(carriedB.get("caseRef")).isEqualTo(entryOf(published50, b).get("caseRef")); // stable across periods
        Map published51 = publish(p51.get("id"));
        assertThat(state(a)).isEqualTo("closed"); // 销账
        assertThat(actions(a)).endsWith("rectify", "write_off");
        assertThat(state(b)).isEqualTo("exposed");

        // The public page shows the pair; the published API reads it back with the same hash.
        String page = api.getText(null, "/exposure/test-flow/51").getBody();
        assertThat(page).contains("整治前后对比").contains("整治前").contains("整治后").contains("继续挂账")
                .contains((String) rectifiedA.get("text"));
        Map read = expect(api.get(null, "/api/v1/exposure/published/test-flow/51"), 200);
        assertThat(read.get("contentHash")).isEqualTo(published51.get("contentHash"));
        assertThat(read.get("verified")).isEqualTo(true);
        String afterUrl = (String) entryOf(published51, a).get("afterUrl");
        byte[] after = api.http().get().uri(afterUrl).retrieve().toEntity(byte[].class).getBody();
        // Stored re-encoded (metadata stripped): the same pixels, not necessarily the same bytes.
        assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(after)).getRGB(5, 5))
                .isEqualTo(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(PNG_AFTER)).getRGB(5, 5));

        // 回头看: A found unfixed again goes back on the list, and the next period carries it over.
        long entryA51 = ((Number) entryOf(published51, a).get("id")).longValue();
        expect(api.form("huoxian", "/api/v1/exposure/entries/{id}/follow-ups", Map.of("inspectedOn", "2026-11-30",
                "result", "unfixed"), null, entryA51), 403);
        expect(api.form("duban", "/api/v1/exposure/entries/{id}/follow-ups", Map.of("inspectedOn", "2026-11-30",
                "result", "maybe"), null, entryA51), 400);
        Map followUp = expect(api.form("duban", "/api/v1/exposure/entries/{id}/follow-ups", Map.of("inspectedOn", "2026-11-30",
                "inspector", "区城管委指导组", "result", "unfixed", "note", "垃圾又堆起来了"), PNG, entryA51), 200);
        assertThat(followUp).containsEntry("result", "unfixed").containsEntry("caseState", "exposed")
                .containsEntry("inspector", "区城管委指导组");
        assertThat(followUp.get("photoUrl")).isNotNull();
        assertThat(actions(a)).endsWith("write_off", "reexpose");
        List<Map> followUps = (List<Map>) expect(api.get("duban", "/api/v1/exposure/entries/{id}/follow-ups", entryA51), 200)
                .get("followUps");
        assertThat(followUps).hasSize(1);

        Map p52 = period("test-flow");
        assertThat(entryOf(p52, a)).containsEntry("kind", "carried_over").containsEntry("periodsOnList", 2);
        assertThat(entryOf(p52, b)).containsEntry("kind", "carried_over").containsEntry("periodsOnList", 3);

        // Statistics of the publisher: per period, and the median days to rectification.
        Map stats = expect(api.get("duban", "/api/v1/exposure/stats?publisher=test-flow"), 200);
        List<Map> periods = (List<Map>) stats.get("periods");
        Map s50 = periods.stream().filter(x -> x.get("number").equals(50)).findFirst().orElseThrow();
        Map s51 = periods.stream().filter(x -> x.get("number").equals(51)).findFirst().orElseThrow();
        assertThat(s50).containsEntry("new", 2).containsEntry("rectified", 0).containsEntry("carriedOver", 0);
        assertThat(s51).containsEntry("new", 0).containsEntry("rectified", 1).containsEntry("carriedOver", 1);
        assertThat(s51.get("medianDaysToRectify")).isNotNull();
        assertThat((List<Map>) stats.get("byTownship")).extracting(x -> x.get("name")).contains("漷县镇");
        assertThat(((Map) expect(api.get("liyuan", "/api/v1/exposure/stats?publisher=test-flow"), 200).get("total")))
                .containsEntry("total", 0);
    }

    @Test
    void onlyTheSupervisorComposesReviewsAndPublishesAndEveryoneReadsWhatIsPublished() {
        publisher("test-roles", 1);
        long c = api.openCase(LON, LAT + 0.001, true);
        expect(api.post("huoxian", "/api/v1/exposure/publishers/{code}/periods", Map.of(), "test-roles"), 403);
        expect(api.post("zuoxi", "/api/v1/exposure/publishers/{code}/periods", Map.of(), "test-roles"), 403);
        expect(api.post(null, "/api/v1/exposure/publishers/{code}/periods", Map.of(), "test-roles"), 401);
        Map p = period("test-roles");
        expect(api.post("fenxi", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", c), p.get("id")), 403);
        expect(api.get("huoxian", "/api/v1/exposure/periods/{id}", p.get("id")), 403);
        expect(api.get(null, "/api/v1/exposure/periods/{id}", p.get("id")), 401);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", c), p.get("id")), 201);
        // The draft's preview: every picture it shows (the photo and the 位置示意图) is there for its editor.
        String preview = api.getText("duban", "/api/v1/exposure/periods/" + p.get("id") + "/preview").getBody();
        List<String> images = java.util.regex.Pattern.compile("<img[^>]* src=\"([^\"]+)\"").matcher(preview).results()
                .map(m -> m.group(1)).toList();
        assertThat(images).anyMatch(src -> src.endsWith("/map.png")).noneMatch(src -> src.contains("/null/"));
        for (String src : images) {
            assertThat(api.getBytes("duban", src).getStatusCode().value()).as(src).isEqualTo(200);
        }
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), p.get("id")), 200);
        expect(api.post("huoxian", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), p.get("id")), 403);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), p.get("id")), 200);

        // Anonymous: the index, the page, the published API, the exports and the feed; nothing personal in them.
        assertThat(api.getText(null, "/exposure").getBody()).contains("测试督办发布单位").contains("第1期");
        ResponseEntity<String> page = api.getText(null, "/exposure/test-roles/1");
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getContentType().toString()).startsWith("text/html");
        assertThat(page.getBody()).doesNotContain("1380000").doesNotContain("测试：垃圾满溢").contains("第1期");
        assertThat(expect(api.get(null, "/api/v1/exposure/publishers"), 200).toString()).contains("test-roles");
        ResponseEntity<byte[]> csv = api.http().get().uri("/exposure/test-roles/1.csv").retrieve().toEntity(byte[].class);
        assertThat(csv.getBody()).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv.getBody(), StandardCharsets.UTF_8)).contains("位置描述").contains("漷县镇");
        Map geo = expect(api.get(null, "/exposure/test-roles/1.geojson"), 200);
        assertThat(geo.get("type")).isEqualTo("FeatureCollection");
        assertThat((List) geo.get("features")).hasSize(1);
        assertThat(api.getText(null, "/exposure/feed.atom").getBody()).contains("<feed").contains("/exposure/test-roles/1");
        expect(api.get(null, "/api/v1/exposure/stats?publisher=test-roles"), 401);
        expect(api.get("chengguan", "/api/v1/exposure/stats?publisher=test-roles"), 403);
        assertThat(api.getText(null, "/exposure/test-roles/9").getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void badInputsAreClearProblemsAndChangeNothing() {
        publisher("test-bad", 7);
        expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", "test-bad", "name", "重复")), 409);
        expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", "Bad Code", "name", "x")), 400);
        long withPhoto = api.openCase(LON + 0.002, LAT, true);
        long withoutPhoto = api.openCase(LON + 0.003, LAT, false);
        Map p = period("test-bad");
        Object id = p.get("id");
        // A number that exists; an entry without a photo when the publisher requires one; a photo that is not an image.
        expect(api.post("duban", "/api/v1/exposure/publishers/{code}/periods", Map.of("number", 7), "test-bad"), 409);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withoutPhoto), id), 400);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of(), id), 400);
        Map added = expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withPhoto), id), 201);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withPhoto), id), 409);
        Object entryId = ((Map) ((List) added.get("entries")).get(0)).get("id");
        expect(api.form("duban", "/api/v1/exposure/periods/{id}/entries/{e}/photo", Map.of(),
                "GIF89a not accepted".getBytes(StandardCharsets.UTF_8), id, entryId), 400);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "fly"), id), 400);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), id), 409);

        // Publishing an empty period: 400, and it stays in review.
        expect(api.delete("duban", "/api/v1/exposure/periods/{id}/entries/{e}", id, entryId), 200);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), id), 200);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withPhoto), id), 409);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), id), 400);
        assertThat(expect(api.get("duban", "/api/v1/exposure/periods/{id}", id), 200).get("state")).isEqualTo("in_review");
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "return"), id), 400);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "return", "note", "补充问题"), id), 200);

        // Editing a published period is refused; a correction (勘误) is a new linked revision showing what changed.
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withPhoto), id), 201);
        Map published = publish(id);
        String hash = (String) published.get("contentHash");
        expect(api.put("duban", "/api/v1/exposure/periods/{id}", Map.of("title", "改标题"), id), 409);
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", withoutPhoto), id), 409);
        assertThat(expect(api.get(null, "/api/v1/exposure/published/test-bad/7"), 200).get("contentHash")).isEqualTo(hash);

        Map correction = expect(api.post("duban", "/api/v1/exposure/periods/{id}/corrections", Map.of("note", "标题有误"), id), 201);
        assertThat(correction).containsEntry("revision", 1).containsEntry("state", "draft");
        expect(api.post("duban", "/api/v1/exposure/periods/{id}/corrections", Map.of("note", "again"), id), 409);
        expect(api.put("duban", "/api/v1/exposure/periods/{id}", Map.of("title", "挂账督办（更正）"), correction.get("id")), 200);
        Map corrected = publish(correction.get("id"));
        assertThat(corrected.get("contentHash")).isNotEqualTo(hash);
        String page = api.getText(null, "/exposure/test-bad/7").getBody();
        assertThat(page).contains("勘误").contains("标题有误").contains("挂账督办（更正）").contains(hash);
        Map original = expect(api.get(null, "/api/v1/exposure/published/test-bad/7?revision=0"), 200);
        assertThat(original.get("contentHash")).isEqualTo(hash);
        assertThat(original.get("verified")).isEqualTo(true);
    }
}
