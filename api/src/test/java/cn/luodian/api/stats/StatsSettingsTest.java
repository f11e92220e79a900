package cn.luodian.api.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.LuodianApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;

/** Ranking weights are checked at start-up: a bad one stops the server with a message naming it. */
class StatsSettingsTest {
    @TempDir
    Path dataDir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "response=-1                                                    | weights.response",
            "satisfaction=lots                                              | weights.satisfaction",
            "response=0 resolution=0 satisfaction=0 on-time-closure=0       | at least one weight must be above 0",
    })
    void badWeightsStopStartUp(String weights, String message) {
        SpringApplication app = new SpringApplication(LuodianApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> args = new ArrayList<>(List.of("--luodian.data-dir=" + dataDir));
        for (String weight : weights.trim().split(" +")) {
            args.add("--luodian.stats.weights." + weight);
        }
        assertThatThrownBy(() -> app.run(args.toArray(String[]::new)).close()).satisfies(e -> assertThat(messages(e)).contains(message));
    }

    private static String messages(Throwable e) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
