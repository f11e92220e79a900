package cn.luodian.api.frontend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The version of the frontend's files: the same files give the same version, any change a new one. */
class StaticVersionTest {
    private static Map<String, byte[]> files(String... pathsAndContents) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndContents.length; i += 2) {
            files.put(pathsAndContents[i], pathsAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return files;
    }

    private static final Map<String, byte[]> RELEASE = files("index.html", "<html>", "js/main.js", "import './a.js';",
            "js/a.js", "export const a = 1;", "css/app.css", "body{}", "webjars/leaflet/1.9.4/dist/leaflet.js", "L");

    @Test
    void theSameFilesGiveTheSameVersionInAnyOrder() {
        Map<String, byte[]> reversed = new LinkedHashMap<>();
        RELEASE.keySet().stream().sorted(java.util.Comparator.reverseOrder()).forEach(k -> reversed.put(k, RELEASE.get(k)));
        assertThat(StaticVersion.of(reversed)).isEqualTo(StaticVersion.of(RELEASE));
        assertThat(StaticVersion.of(RELEASE).value()).hasSize(StaticVersion.LENGTH).matches("[0-9a-f]+");
    }

    @Test
    void oneChangedByteOneNewFileOrOneRenamedFileGivesANewVersion() {
        StaticVersion release = StaticVersion.of(RELEASE);
        Map<String, byte[]> edited = new LinkedHashMap<>(RELEASE);
        edited.put("js/a.js", "export const a = 2;".getBytes(StandardCharsets.UTF_8));
        assertThat(StaticVersion.of(edited)).isNotEqualTo(release);

        Map<String, byte[]> added = new LinkedHashMap<>(RELEASE);
        added.put("js/b.js", new byte[0]);
        assertThat(StaticVersion.of(added)).isNotEqualTo(release);

        Map<String, byte[]> renamed = new LinkedHashMap<>(RELEASE);
        renamed.put("js/c.js", renamed.remove("js/a.js"));
        assertThat(StaticVersion.of(renamed)).isNotEqualTo(release);
    }

    @Test
    void aWebjarCountsByItsPathWhichCarriesItsVersion() {
        StaticVersion release = StaticVersion.of(RELEASE);
        Map<String, byte[]> sameWebjar = new LinkedHashMap<>(RELEASE);
        sameWebjar.put("webjars/leaflet/1.9.4/dist/leaflet.js", "not read".getBytes(StandardCharsets.UTF_8));
        assertThat(StaticVersion.of(sameWebjar)).isEqualTo(release);

        Map<String, byte[]> upgraded = new LinkedHashMap<>(RELEASE);
        upgraded.put("webjars/leaflet/1.9.5/dist/leaflet.js", upgraded.remove("webjars/leaflet/1.9.4/dist/leaflet.js"));
        assertThat(StaticVersion.of(upgraded)).isNotEqualTo(release);
    }

    @Test
    void theClasspathGivesOneVersionEveryTimeItIsHashed() {
        ClassLoader loader = getClass().getClassLoader();
        StaticVersion first = StaticVersion.fromClasspath(loader);
        assertThat(StaticVersion.fromClasspath(loader)).isEqualTo(first);
        assertThat(first.prefix()).isEqualTo("static/" + first.value() + "/");
    }

    @Test
    void onlyTwelveLowercaseHexDigitsAreAVersion() {
        assertThat(StaticVersion.looksLikeOne("0123456789ab")).isTrue();
        assertThat(StaticVersion.looksLikeOne("0123456789AB")).isFalse();
        assertThat(StaticVersion.looksLikeOne("..")).isFalse();
        assertThat(StaticVersion.looksLikeOne("0123456789abc")).isFalse();
        assertThatThrownBy(() -> new StaticVersion("js")).isInstanceOf(IllegalArgumentException.class);
    }
}
