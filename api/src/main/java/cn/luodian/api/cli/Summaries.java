package cn.luodian.api.cli;

import cn.luodian.api.layers.ImportSummary;
import cn.luodian.geo.layer.WriteMode;
import java.io.PrintStream;
import java.util.Locale;

final class Summaries {

    private Summaries() {
    }

    static void print(ImportSummary summary, WriteMode mode, PrintStream out) {
        summary.featuresByLayer().forEach((layer, count) -> out.println("imported " + count + " " + layer
                + " features from " + summary.source() + " (" + mode.name().toLowerCase(Locale.ROOT) + ")"));
        summary.notes().forEach(note -> out.println("note: " + note));
    }
}
