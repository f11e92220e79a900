package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.demo.DemoServerForTest;
import cn.luodian.api.workspace.BrowserForTest.Screen;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Opening the page with an empty browser cache: what it transfers before the map is usable and how
 * long that takes, from the browser's Resource Timing.
 *
 * <p>"Usable" is the page's own mark {@code ld-map-usable}: the layers control is on the map and the
 * base display is drawn — the first tiles of the server's base map when it has one, otherwise the
 * first load of every vector overlay that is on by default (区界, 乡镇/街道, 水系, 道路). Bytes are
 * the navigation plus every resource requested before that mark, as transferred (compressed,
 * headers included).
 */
class WorkspacePageWeightTest {
    static final long MAX_BYTES = 1_500_000;
    static final double MAX_MILLIS = 2000;

    private static final String MEASURE = """
            const mark = performance.getEntriesByName('ld-map-usable')[0];
            const nav = performance.getEntriesByType('navigation')[0];
            const before = performance.getEntriesByType('resource').filter(r => r.startTime <= mark.startTime);
            return {
              usableMs: mark.startTime,
              bytes: nav.transferSize + before.reduce((sum, r) => sum + r.transferSize, 0),
              requests: before.length + 1,
              largest: before.slice().sort((a, b) => b.transferSize - a.transferSize).slice(0, 5)
                .map(r => r.name.replace(location.origin, '') + ' ' + r.transferSize).join(', ')
            };
            """;

    @Test
    void anEmptyCacheLoadsLessThanOneAndAHalfMegabytesAndIsUsableWithinTwoSeconds() {
        warmUpServer();
        Map<?, ?> anonymous = measure(null);
        Map<?, ?> dispatcher = measure("zuoxi");
        for (Map<?, ?> m : new Map<?, ?>[] {anonymous, dispatcher}) {
            assertThat(((Number) m.get("bytes")).longValue()).as("bytes before usable: " + m).isLessThan(MAX_BYTES);
            assertThat(((Number) m.get("usableMs")).doubleValue()).as("ms to usable: " + m).isLessThan(MAX_MILLIS);
        }
    }

    private Map<?, ?> measure(String user) {
        try (BrowserForTest browser = BrowserForTest.open(Screen.DESKTOP)) {
            if (user != null) {
                browser.signIn(user);
            }
            browser.openWorkspace("/");
            Map<?, ?> m = (Map<?, ?>) browser.script(MEASURE);
            System.out.printf("workspace page weight (%s, empty cache): %,d bytes in %d requests, usable after %.0f ms; largest: %s%n",
                    user == null ? "signed out" : user, ((Number) m.get("bytes")).longValue(), ((Number) m.get("requests")).longValue(),
                    ((Number) m.get("usableMs")).doubleValue(), m.get("largest"));
            browser.screenshot("21-first-load-" + (user == null ? "anonymous" : user));
            return m;
        }
    }

    /** The first requests after the server starts pay for class loading and JIT; a user's visit does not. */
    private static void warmUpServer() {
        var http = DemoServerForTest.http();
        for (int i = 0; i < 3; i++) {
            http.get().uri("/").retrieve().toBodilessEntity();
            http.get().uri("/api/v1/layers").retrieve().toBodilessEntity();
            for (String query : new String[] {"admin?level=district&limit=10", "admin?level=township&limit=200",
                "waterways?limit=20000", "roads?limit=50000"}) {
                http.get().uri("/api/v1/layers/" + query).retrieve().toBodilessEntity();
            }
        }
    }
}
