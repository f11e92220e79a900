package cn.luodian.api.components;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * {@code POST /api/v1/admin/components/import} on the H2GIS demo server: the administrator uploads a
 * GBK CSV in GCJ-02 and gets the import report; a broken file is a 400 naming its line and stores
 * nothing; other roles get 403. Codes of district 119905, which no real component has.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
class ComponentImportApiTest {
    static final String FIRST = "1199050101000001";
    static final String SECOND = "1199050101000002";

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static ResponseEntity<Map> upload(String auth, String name, String text, Charset charset, String query) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(text.getBytes(charset)) {
            @Override
            public String getFilename() {
                return name;
            }
        });
        return DemoServerForTest.http().post().uri("/api/v1/admin/components/import" + query)
                .header(HttpHeaders.AUTHORIZATION, auth).contentType(MediaType.MULTIPART_FORM_DATA).body(form)
                .retrieve().toEntity(Map.class);
    }

    private static Map component(String code) {
        return DemoServerForTest.http().get().uri("/api/v1/components/" + code)
                .header(HttpHeaders.AUTHORIZATION, basic("zuoxi", "zuoxi-demo")).retrieve().toEntity(Map.class).getBody();
    }

    @Test
    void theAdministratorImportsAFileAndABrokenOneChangesNothing() {
        String admin = basic("admin", DemoServerForTest.ADMIN_PASSWORD);
        String csv = "部件编码,名称,经度,纬度,状态,权属单位\n" + FIRST + ",东门井盖,116.7786,39.7576,完好,通州区水务局\n";

        ResponseEntity<Map> done = upload(admin, "井盖.csv", csv, Charset.forName("GBK"), "?crs=gcj02&encoding=gbk");
        assertThat(done.getStatusCode().value()).as(String.valueOf(done.getBody())).isEqualTo(200);
        assertThat(done.getBody()).containsEntry("read", 1).containsEntry("inserted", 1);
        Map stored = (Map) component(FIRST).get("properties");
        assertThat(stored).containsEntry("name", "东门井盖").containsEntry("ownerUnit", "通州区水务局");

        String broken = csv + SECOND + ",,116.78,39.76,坏了,通州区水务局\n";
        ResponseEntity<Map> refused = upload(admin, "井盖.csv", broken, StandardCharsets.UTF_8, "");
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((String) refused.getBody().get("detail")).contains("井盖.csv").contains("第 3 行").contains("坏了");
        assertThat(component(SECOND)).containsEntry("status", 404);

        assertThat(upload(admin, "井盖.txt", csv, StandardCharsets.UTF_8, "").getStatusCode().value()).isEqualTo(400);
        assertThat((String) upload(admin, "井盖.csv", csv, StandardCharsets.UTF_8, "?encoding=latin9").getBody().get("detail"))
                .contains("无法识别的编码");
        assertThat((String) upload(admin, "井盖.csv", csv, StandardCharsets.UTF_8, "?replaceCategory=B0101&replaceTownship=110112106")
                .getBody().get("detail")).contains("只能选一个");
        assertThat(upload(basic("zuoxi", "zuoxi-demo"), "井盖.csv", csv, StandardCharsets.UTF_8, "").getStatusCode().value())
                .isEqualTo(403);
    }
}
