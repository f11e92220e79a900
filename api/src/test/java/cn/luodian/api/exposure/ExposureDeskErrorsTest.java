package cn.luodian.api.exposure;

import static cn.luodian.api.exposure.ExposureHttpForTest.expect;
import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the exposure desk shows when a case cannot be added by its number: not found, malformed,
 * already in the period, in a state that cannot be put on the list, without the photo the
 * publisher requires. Each is a 4xx problem in Chinese, and the period is unchanged after it.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ExposureDeskErrorsTest {
    private static final String PUBLISHER = "test-desk-errors";

    private final ExposureHttpForTest api = new ExposureHttpForTest(DemoServerForTest.http());

    @Test
    void addingByNumberSaysInChineseWhyACaseCannotBeAdded() {
        expect(api.post("duban", "/api/v1/exposure/publishers", Map.of("code", PUBLISHER, "name", "测试督办台",
                "photoRequired", true)), 201);
        Object period = expect(api.post("duban", "/api/v1/exposure/publishers/{code}/periods", Map.of(), PUBLISHER), 201)
                .get("id");
        long withPhoto = api.openCase(ExposureApiTest.LON, ExposureApiTest.LAT, true);
        long withoutPhoto = api.openCase(ExposureApiTest.LON + 0.002, ExposureApiTest.LAT, false);
        String number = number(withPhoto);

        Map added = expect(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", " " + number + " "),
                period), 201);
        assertThat((List) added.get("entries")).hasSize(1);

        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", number), period), 409))
                .contains(number).contains("已在第");
        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries",
                Map.of("caseRef", "TZ-19990101-00001"), period), 404)).isEqualTo("没有找到案件 TZ-19990101-00001");
        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", "TZ\u0000<script>"),
                period), 400)).startsWith("案件编号格式不对");
        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", "x".repeat(41)),
                period), 400)).startsWith("案件编号格式不对");
        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", number(withoutPhoto)),
                period), 400)).contains("还没有照片");
        long received = ((Number) expect(api.post("zuoxi", "/api/v1/cases", Map.of("category", "RX0101",
                "description", "测试：刚受理", "location", Map.of("lon", ExposureApiTest.LON, "lat", ExposureApiTest.LAT))), 201)
                .get("id")).longValue();
        assertThat(detail(api.post("duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", number(received)),
                period), 409)).contains("当前状态为“受理”").contains("不能挂账");
        assertThat(detail(api.post("zuoxi", "/api/v1/exposure/periods/{id}/entries", Map.of("caseRef", number), period), 403))
                .startsWith("只有督办人员");

        Map after = expect(api.get("duban", "/api/v1/exposure/periods/{id}", period), 200);
        assertThat((List) after.get("entries")).hasSize(1);
    }

    private String number(long caseId) {
        return (String) expect(api.get("zuoxi", "/api/v1/cases/{id}", caseId), 200).get("number");
    }

    private static String detail(org.springframework.http.ResponseEntity<Map> response, int status) {
        return (String) expect(response, status).get("detail");
    }
}
