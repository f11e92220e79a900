package cn.luodian.api.cli;

import cn.luodian.api.layers.ImportSummary;
import cn.luodian.api.layers.ReferenceImporter;
import cn.luodian.geo.layer.WriteMode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** {@code import-osm --file region.osm.pbf [--replace]}: admin, roads, waterways and landmarks from OSM. */
final class ImportOsmCommand implements Command {

    @Override
    public String usage() {
        return "--file REGION.osm.pbf [--replace]";
    }

    @Override
    public Set<String> options() {
        return Set.of("file");
    }

    @Override
    public Set<String> flags() {
        return Set.of("replace");
    }

    @Override
    public void run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        WriteMode mode = options.containsKey("replace") ? WriteMode.REPLACE : WriteMode.APPEND;
        ImportSummary summary = context.getBean(ReferenceImporter.class).importOsm(Path.of(options.get("file")), mode);
        Summaries.print(summary, mode, out);
    }
}
