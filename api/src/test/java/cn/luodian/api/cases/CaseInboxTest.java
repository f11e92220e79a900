package cn.luodian.api.cases;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The counts on a handler's 案件 tab: a township counts the cases dispatched to its home unit (not
 * the ones in its area that went to another unit), a unit its own; the other roles have none (204).
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class CaseInboxTest {
    private static final String HUOXIAN = "110112106";

    private static RestClient as(String user) {
        return DemoServerForTest.asDemoUser(user);
    }

    private static Map inbox(String user) {
        return as(user).get().uri("/api/v1/cases/inbox").retrieve().body(Map.class);
    }

    private static long dispatchedIn漷县(long unitId) {
        Map created = as("zuoxi").post().uri("/api/v1/cases").contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("category", "S0103", "description", "渣土堆放（收件箱测试）", "source", "hotline_12345",
                        "location", Map.of("lon", 116.7726, "lat", 39.7588, "crs", "wgs84")))
                .retrieve().body(Map.class);
        long id = ((Number) created.get("id")).longValue();
        as("zuoxi").post().uri("/api/v1/cases/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("action", "register")).retrieve().toBodilessEntity();
        as("zuoxi").post().uri("/api/v1/cases/{id}/transitions", id).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("action", "dispatch", "unitId", unitId)).retrieve().toBodilessEntity();
        return id;
    }

    @Test
    void aTownshipCountsWhatWasDispatchedToItsHomeUnitAndAUnitItsOwn() {
        Map anyCase = (Map) ((List) as("zuoxi").get().uri("/api/v1/cases?limit=1").retrieve().body(Map.class).get("cases")).get(0);
        List<Map> units = (List<Map>) as("zuoxi").get().uri("/api/v1/cases/{id}/dispatch-options", anyCase.get("id"))
                .retrieve().body(Map.class).get("units");
        long home = ((Number) units.stream().filter(u -> HUOXIAN.equals(u.get("townshipCode"))).findFirst().orElseThrow()
                .get("id")).longValue();
        long chengguan = ((Number) as("chengguan").get().uri("/api/v1/users/me").retrieve().body(Map.class).get("unitId")).longValue();
        Map townBefore = inbox("huoxian");
        Map unitBefore = inbox("chengguan");

        dispatchedIn漷县(home);
        dispatchedIn漷县(chengguan);
        long accepted = dispatchedIn漷县(home);
        as("huoxian").post().uri("/api/v1/cases/{id}/transitions", accepted).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("action", "accept")).retrieve().toBodilessEntity();

        Map town = inbox("huoxian");
        assertThat(((Number) town.get("waiting")).longValue()).isEqualTo(((Number) townBefore.get("waiting")).longValue() + 1);
        assertThat(((Number) town.get("working")).longValue()).isEqualTo(((Number) townBefore.get("working")).longValue() + 1);
        Map unit = inbox("chengguan");
        assertThat(((Number) unit.get("waiting")).longValue()).isEqualTo(((Number) unitBefore.get("waiting")).longValue() + 1);
        assertThat(unit).containsKeys("working", "overdue");

        ResponseEntity<Void> dispatcher = as("zuoxi").get().uri("/api/v1/cases/inbox").retrieve().toBodilessEntity();
        assertThat(dispatcher.getStatusCode().value()).isEqualTo(204);
    }
}
