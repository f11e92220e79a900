package cn.luodian.api.cli;

import cn.luodian.api.layers.ReferenceImporter;
import cn.luodian.geo.layer.WriteMode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** {@code import-codes --file divisions.csv}: the official names and codes, inserted or updated. */
final class ImportCodesCommand implements Command {

    @Override
    public String usage() {
        return "--file FILE.csv   （列：code,name[,…]；UTF-8 编码）";
    }

    @Override
    public Set<String> options() {
        return Set.of("file");
    }

    @Override
    public void run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        Summaries.print(context.getBean(ReferenceImporter.class).importDivisionCodes(Path.of(options.get("file"))),
                WriteMode.APPEND, out);
    }
}
