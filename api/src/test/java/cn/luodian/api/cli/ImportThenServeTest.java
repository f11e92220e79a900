package cn.luodian.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.LuodianApplication;
import cn.luodian.api.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.client.RestClient;

/**
 * A deployment's path: import its own data with the commands, then start the server on the same
 * store. The demo must stay out, and describe/locate/places answer from the imported data.
 */
class ImportThenServeTest {
    @TempDir
    Path tempDir;

    private Path write(String name, String features) throws IOException {
        return Files.writeString(tempDir.resolve(name), "{\"type\":\"FeatureCollection\",\"features\":[" + features + "]}");
    }

    private static String feature(String geometry, String properties) {
        return "{\"type\":\"Feature\",\"geometry\":" + geometry + ",\"properties\":" + properties + "}";
    }

    @ParameterizedTest
    @EnumSource(Database.class)
    void importedDataIsDescribedAndLocated(Database database) throws IOException {
        CommandLineForTest cli = new CommandLineForTest(database, tempDir.resolve("data"));
        String square = "{\"type\":\"Polygon\",\"coordinates\":[[[116.70,39.70],[116.80,39.70],[116.80,39.80],[116.70,39.80],[116.70,39.70]]]}";
        Path admin = write("admin.geojson", String.join(",",
                feature(square, "{\"code\":\"110112\",\"name\":\"通州区\",\"level\":\"district\"}"),
                feature(square, "{\"code\":\"110112106\",\"name\":\"漷县镇\",\"level\":\"township\"}"),
                feature(square, "{\"code\":\"110112106213\",\"name\":\"长凌营村\",\"level\":\"village\"}")));
        Path roads = write("roads.geojson", feature(
                "{\"type\":\"LineString\",\"coordinates\":[[116.70,39.75],[116.80,39.75]]}", "{\"name\":\"长凌营环路\",\"class\":\"residential\"}"));
        Path water = write("water.geojson", feature(
                "{\"type\":\"LineString\",\"coordinates\":[[116.70,39.72],[116.80,39.72]]}", "{\"name\":\"北运河\",\"class\":\"river\"}"));
        assertThat(cli.run("import", "--layer", "admin", "--file", admin.toString()).exitCode()).isZero();
        assertThat(cli.run("import", "--layer", "roads", "--file", roads.toString()).exitCode()).isZero();
        assertThat(cli.run("import", "--layer", "waterways", "--file", water.toString()).exitCode()).isZero();

        List<String> args = new ArrayList<>(cli.applicationArgs());
        args.add("--server.port=0");
        try (ConfigurableApplicationContext app = SpringApplication.run(LuodianApplication.class, args.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            RestClient http = RestClient.builder().baseUrl("http://localhost:" + port).build();

            Map<?, ?> layers = http.get().uri("/api/v1/layers").retrieve().body(Map.class);
            assertThat(layers.get("demo")).isEqualTo(false);

            Map<?, ?> d = http.get().uri("/api/v1/describe?lon=116.75&lat=39.74").retrieve().body(Map.class);
            assertThat((String) d.get("text")).matches("漷县镇长凌营村距长凌营环路约1\\d\\d\\d米，距北运河约2\\d\\d\\d米");

            Map<?, ?> located = http.get().uri("/api/v1/locate?text={t}", d.get("text")).retrieve().body(Map.class);
            assertThat(located.get("location")).isNotNull();

            Map<?, ?> places = http.get().uri("/api/v1/places?lon=116.75&lat=39.74").retrieve().body(Map.class);
            assertThat(((Map<?, ?>) places.get("village")).get("code")).isEqualTo("110112106213");
        }
    }
}
