package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.LuodianApplication;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** A bad setting stops start-up with a message naming it, before anything is served. */
class ConfigurationValidationTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @ValueSource(strings = {
        "--luodian.describe.rounding-step-metres=0",
        "--luodian.describe.waterway-max-metres=-5",
        "--luodian.describe.punctuation=semicolon",
        "--luodian.describe.clauses=road,river",
        "--luodian.max-features-per-request=0",
        "--luodian.http.connection-timeout=0s",
        "--luodian.photos.max-pixels=0",
        "--luodian.cases.duplicates-shown=0",
    })
    void invalidSettingsStopStartUp(String setting) {
        SpringApplication app = new SpringApplication(LuodianApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        String name = setting.substring(2, setting.indexOf('='));
        String property = name.substring(name.lastIndexOf('.') + 1).replace("-", "").toLowerCase(java.util.Locale.ROOT);
        assertThatThrownBy(() -> app.run("--luodian.data-dir=" + dataDir, setting).close())
                .satisfies(e -> assertThat(rootAndChainMessages(e).toLowerCase(java.util.Locale.ROOT)).contains(property));
    }

    private static String rootAndChainMessages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
