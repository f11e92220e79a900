package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.storage.Database;
import cn.luodian.api.text.LatinWords;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/**
 * What a member of the public sees in the browser when a published period's snapshot was changed in
 * the database after publication (on the H2GIS demo server, past the trigger): the period's page says
 * in Chinese that its content failed the check and is withheld, the index lists only its number, and
 * the changed title shows nowhere. Screenshots: exposure-refused-*.png, exposure-refused-index-*.png.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class TamperedPageBrowserTest {
    private static final String CODE = "test-tamper-browser";
    private static final String TAMPERED_TITLE = "篡改后的标题";

    private static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + user + "-demo").getBytes(StandardCharsets.UTF_8));
    }

    private static Map post(RestClient http, String user, String uri, Object body, Object... vars) {
        ResponseEntity<Map> answer = http.post().uri(uri, vars).contentType(MediaType.APPLICATION_JSON).body(body)
                .header(HttpHeaders.AUTHORIZATION, basic(user)).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().is2xxSuccessful()).as(uri + " " + answer.getBody()).isTrue();
        return answer.getBody();
    }

    @Test
    void theRefusalIsAChinesePageWithoutTheChangedText() {
        RestClient http = DemoServerForTest.http();
        JdbcTemplate jdbc = DemoServerForTest.bean(Database.H2GIS, JdbcTemplate.class);
        post(http, "duban", "/api/v1/exposure/publishers", Map.of("code", CODE, "name", "篡改演示发布单位",
                "titleLine", "挂账督办", "cadence", "weekly", "firstNumber", 1, "photoRequired", false));
        // In 长凌营村, 漷县镇.
        Map created = post(http, "zuoxi", "/api/v1/cases", Map.of("category", "RX0101", "description", "测试：垃圾满溢",
                "urgency", "normal", "source", "staff", "location", Map.of("lon", 116.7726, "lat", 39.7628, "crs", "wgs84")));
        Object caseId = created.get("id");
        post(http, "zuoxi", "/api/v1/cases/{id}/transitions", Map.of("action", "register"), caseId);
        post(http, "zuoxi", "/api/v1/cases/{id}/transitions", Map.of("action", "dispatch"), caseId);
        Object periodId = post(http, "duban", "/api/v1/exposure/publishers/{code}/periods", Map.of(), CODE).get("id");
        post(http, "duban", "/api/v1/exposure/periods/{id}/entries", Map.of("caseId", caseId), periodId);
        post(http, "duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "submit"), periodId);
        Map published = post(http, "duban", "/api/v1/exposure/periods/{id}/transitions", Map.of("action", "publish"), periodId);
        String title = (String) published.get("title");
        long id = ((Number) periodId).longValue();
        String snapshot = jdbc.queryForObject("SELECT snapshot FROM exposure_period WHERE id = ?", String.class, id);

        try (BrowserForTest browser = BrowserForTest.open(BrowserForTest.Screen.DESKTOP)) {
            browser.driver.get(browser.baseUrl + "/exposure/" + CODE + "/1");
            assertThat(browser.waitFor(By.tagName("main")).getText()).contains(title);
            browser.assertCleanChinesePage("期次页面");

            write(jdbc, id, snapshot.replace("\"title\":\"" + title + "\"", "\"title\":\"" + TAMPERED_TITLE + "\""));
            try {
                browser.driver.navigate().refresh();
                assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("内容校验未通过");
                String shown = browser.driver.findElement(By.tagName("main")).getText();
                assertThat(shown).contains("篡改演示发布单位第1期").contains("已暂停公开").contains((String) published.get("contentHash"))
                        .doesNotContain(TAMPERED_TITLE);
                browser.assertCleanChinesePage("校验未通过的期次页面", "/exposure/" + CODE + "/1");
                browser.screenshot("exposure-refused");

                browser.driver.findElement(By.linkText("返回挂账督办往期")).click();
                browser.waitFor(By.cssSelector("li.refused"));
                String index = browser.driver.findElement(By.tagName("main")).getText();
                assertThat(index).contains("第1期 · 内容校验未通过，已暂停公开").doesNotContain(TAMPERED_TITLE);
                browser.assertNoConsoleErrorsOrFailedRequests();
                // The index's footer link "Atom 订阅" (on main before this test) names the feed's format;
                // everything else on it, the refused period's line included, is Chinese.
                assertThat(LatinWords.in(index)).as("往期目录").containsOnly("Atom");
                browser.screenshot("exposure-refused-index");
            } finally {
                write(jdbc, id, snapshot);
            }
        }
    }

    /** Changes the stored snapshot past the trigger of V44, as whoever holds H2's file can. */
    private static void write(JdbcTemplate jdbc, long periodId, String snapshot) {
        jdbc.execute("DROP TRIGGER exposure_period_published_frozen");
        try {
            jdbc.update("UPDATE exposure_period SET snapshot = ? WHERE id = ?", snapshot, periodId);
        } finally {
            jdbc.execute("CREATE TRIGGER exposure_period_published_frozen BEFORE UPDATE, DELETE ON exposure_period"
                    + " FOR EACH ROW CALL 'db.h2.PublishedPeriodFrozenTrigger'");
        }
    }
}
