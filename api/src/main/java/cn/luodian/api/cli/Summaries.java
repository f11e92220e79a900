package cn.luodian.api.cli;

import cn.luodian.api.layers.ImportSummary;
import cn.luodian.geo.layer.WriteMode;
import java.io.PrintStream;

final class Summaries {

    private Summaries() {
    }

    static void print(ImportSummary summary, WriteMode mode, PrintStream out) {
        summary.featuresByLayer().forEach((layer, count) -> out.println("已从 " + summary.source() + " 导入 " + count + " 个 " + layer + " 要素（" + (mode == WriteMode.REPLACE ? "替换" : "追加") + "）"));
        summary.notes().forEach(note -> out.println("说明：" + note));
    }
}
