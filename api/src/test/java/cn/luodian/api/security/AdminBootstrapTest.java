package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.Database;
import cn.luodian.api.storage.StoreForTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.client.RestClient;

/** The first admin: configured password, or a generated one printed once; never by an import command. */
@ExtendWith(OutputCaptureExtension.class)
class AdminBootstrapTest {
    private static final Pattern PRINTED = Pattern.compile("initial password of user admin[^:]*: (\\S+)");

    @TempDir
    Path dataDir;

    private static ConfigurableApplicationContext start(List<String> store, String... more) {
        List<String> args = new ArrayList<>(store);
        args.addAll(List.of("--server.port=0", "--luodian.demo=false"));
        args.addAll(Arrays.asList(more));
        return SpringApplication.run(LuodianApplication.class, args.toArray(String[]::new));
    }

    @SuppressWarnings("rawtypes")
    private static ResponseEntity<Map> me(ConfigurableApplicationContext app, String password) {
        int port = ((WebServerApplicationContext) app).getWebServer().getPort();
        return RestClient.builder().baseUrl("http://localhost:" + port)
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> { }).build()
                .get().uri("/api/v1/users/me").headers(h -> h.setBasicAuth("admin", password))
                .retrieve().toEntity(Map.class);
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void theConfiguredPasswordSignsTheAdminIn(Database database) {
        try (ConfigurableApplicationContext app = start(List.of(StoreForTest.applicationArgs(database, dataDir)),
                "--luodian.security.admin-password=configured-secret-1")) {
            var me = me(app, "configured-secret-1");
            assertThat(me.getStatusCode().value()).isEqualTo(200);
            assertThat(me.getBody()).containsEntry("role", "ADMIN").containsEntry("scopeCode", "");
            assertThat(me(app, "configured-secret-2").getStatusCode().value()).isEqualTo(401);
        }
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void aGeneratedPasswordIsPrintedOnceOnTheFirstStartOnly(Database database, CapturedOutput output) {
        List<String> store = List.of(StoreForTest.applicationArgs(database, dataDir));
        String password;
        try (ConfigurableApplicationContext app = start(store)) {
            Matcher printed = PRINTED.matcher(output.getOut());
            assertThat(printed.find()).as("the password line on standard output").isTrue();
            password = printed.group(1);
            assertThat(output.getOut()).contains("管理员账号 admin 的初始密码");
            assertThat(password).hasSizeGreaterThanOrEqualTo(16);
            assertThat(me(app, password).getStatusCode().value()).isEqualTo(200);
            String hash = app.getBean(JdbcTemplate.class)
                    .queryForObject("SELECT password_hash FROM app_user WHERE username = 'admin'", String.class);
            assertThat(hash).startsWith("{bcrypt}").doesNotContain(password);
        }
        int firstStart = output.getAll().length();
        try (ConfigurableApplicationContext app = start(store)) {
            assertThat(output.getAll().substring(firstStart)).doesNotContain("initial password").doesNotContain(password);
            assertThat(me(app, password).getStatusCode().value()).isEqualTo(200);
        }
        assertThat(output.getAll().split(Pattern.quote(password), -1)).as("printed exactly once").hasSize(2);
    }

    @Test
    void aTooShortPasswordStopsStartUpWithoutShowingIt() {
        assertThatThrownBy(() -> start(List.of("--luodian.data-dir=" + dataDir),
                "--luodian.security.admin-password=short-pw").close())
                .satisfies(e -> {
                    StringBuilder messages = new StringBuilder();
                    for (Throwable t = e; t != null; t = t.getCause()) {
                        messages.append(t.getMessage()).append('\n');
                    }
                    assertThat(messages).contains("luodian.security.admin-password").contains("密码至少 10 个字符")
                            .doesNotContain("short-pw");
                });
    }

    @Test
    void commandsWithoutAWebServerCreateNoAdmin() {
        SpringApplication command = new SpringApplication(LuodianApplication.class);
        command.setWebApplicationType(WebApplicationType.NONE);
        try (ConfigurableApplicationContext app = command.run("--luodian.data-dir=" + dataDir)) {
            Integer users = app.getBean(JdbcTemplate.class).queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
            assertThat(users).isZero();
        }
    }
}
