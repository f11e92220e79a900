package cn.luodian.api.cli;

import cn.luodian.api.hotline.CsvInput;
import cn.luodian.api.hotline.HotlineImportReport;
import cn.luodian.api.hotline.HotlineImporter;
import cn.luodian.api.security.Actor;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/**
 * {@code import-cases --file hotline.csv [--encoding utf-8|gbk]}: a 12345 hotline export into cases.
 * Exits 0 once the file was read, whatever some rows held (they are listed); 1 when the file could
 * not be read (nothing stored).
 */
final class ImportCasesCommand implements Command {

    @Override
    public String usage() {
        return "--file HOTLINE.csv [--encoding utf-8|gbk|gb18030]   （不指定时自动识别：UTF-8，否则 GBK）";
    }

    @Override
    public Set<String> options() {
        return Set.of("file", "encoding");
    }

    @Override
    public void check(Map<String, String> options) {
        Command.super.check(options);
        String encoding = options.get("encoding");
        if (encoding != null && !encoding.matches("(?i)utf-?8|gbk|gb2312|gb18030|cp936|auto")) {
            throw new IllegalArgumentException("无法识别的编码 '" + encoding + "'：应为 UTF-8、GBK 或 GB18030");
        }
    }

    @Override
    public void run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        Path file = Path.of(options.get("file"));
        long start = System.nanoTime();
        HotlineImportReport report = context.getBean(HotlineImporter.class)
                .importCsv(CsvInput.of(file), options.get("encoding"), Actor.system("import-cases"));
        double seconds = (System.nanoTime() - start) / 1e9;
        out.println("已读取 " + report.file() + "（" + report.encoding() + "）：" + report.rows() + " 行");
        out.println("导入 " + report.imported() + " 件，已存在 " + report.alreadyPresent() + " 件，失败 " + report.failed() + " 件");
        // The import's own time (the file read, checked, described and stored), not the JVM's start.
        out.printf(Locale.ROOT, "用时 %.1f 秒（每秒 %.0f 行）%n", seconds, report.rows() / Math.max(seconds, 1e-3));
        for (HotlineImportReport.RowError error : report.errors()) {
            out.println("第 " + error.line() + " 行" + (error.externalId() == null ? "" : "（" + error.externalId() + "）") + "：" + error.reason());
        }
        if (!report.ignoredColumns().isEmpty()) {
            out.println("说明：未导入的列：" + String.join("、", report.ignoredColumns()));
        }
    }
}
