package cn.luodian.api.cli;

import cn.luodian.api.components.ComponentImport;
import cn.luodian.api.components.ComponentImportReport;
import cn.luodian.api.components.ComponentReplace;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.io.TextEncoding;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * {@code import-components --file F [--crs …] [--encoding …] [--replace-category B0101 | --replace-township 110112106]}:
 * a component inventory (CSV or GeoJSON) inserted or updated by code, all or nothing.
 */
final class ImportComponentsCommand implements Command {

    @Override
    public String usage() {
        return "--file FILE.csv|FILE.geojson [--crs wgs84|cgcs2000|gcj02|bd09] [--encoding utf-8|gbk|gb18030]"
                + " [--replace-category B0101 | --replace-township 110112106]";
    }

    @Override
    public Set<String> options() {
        return Set.of("file", "crs", "encoding", "replace-category", "replace-township");
    }

    @Override
    public void check(Map<String, String> options) {
        Command.super.check(options);
        Datum.parse(options.getOrDefault("crs", "wgs84"));
        TextEncoding.option(options.get("encoding"));
        replace(options);
    }

    @Override
    public void run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        long start = System.nanoTime();
        ComponentImportReport report = context.getBean(ComponentImport.class).importFile(Path.of(options.get("file")),
                Datum.parse(options.getOrDefault("crs", "wgs84")), TextEncoding.option(options.get("encoding")), replace(options),
                Actor.system("import-components"));
        out.println("已读取 " + report.file() + "：" + report.read() + " 个部件");
        out.println("新增 " + report.inserted() + " 个，更新 " + report.updated() + " 个（状态变更 " + report.statusChanges()
                + " 个，位置变更 " + report.positionChanges() + " 个），未变 " + report.unchanged() + " 个，删除 " + report.removed() + " 个");
        // The import's own time (read, placed and written), not the JVM's start.
        out.printf(Locale.ROOT, "用时 %.1f 秒%n", (System.nanoTime() - start) / 1e9);
    }

    private static ComponentReplace replace(Map<String, String> options) {
        String category = options.get("replace-category");
        String township = options.get("replace-township");
        if (category != null && township != null) {
            throw new IllegalArgumentException("--replace-category 与 --replace-township 只能选一个");
        }
        return category != null ? ComponentReplace.category(category)
                : township != null ? ComponentReplace.township(township) : null;
    }
}
