package cn.luodian.api.cli;

import cn.luodian.api.layers.ImportSummary;
import cn.luodian.api.layers.ReferenceImporter;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.layer.Layer;
import cn.luodian.geo.layer.WriteMode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** {@code import --layer L --file F.geojson [--crs wgs84|cgcs2000|gcj02|bd09] [--replace]}. */
final class ImportCommand implements Command {

    @Override
    public String usage() {
        return "--layer admin|grid|roads|waterways|landmarks --file FILE.geojson [--crs wgs84|cgcs2000|gcj02|bd09] [--replace]";
    }

    @Override
    public Set<String> options() {
        return Set.of("layer", "file", "crs");
    }

    @Override
    public Set<String> flags() {
        return Set.of("replace");
    }

    @Override
    public void check(Map<String, String> options) {
        Command.super.check(options);
        Layer.parse(Command.require(options, "layer"));
        Datum.parse(options.getOrDefault("crs", "wgs84"));
    }

    @Override
    public void run(ApplicationContext context, Map<String, String> options, PrintStream out) {
        Layer layer = Layer.parse(options.get("layer"));
        WriteMode mode = options.containsKey("replace") ? WriteMode.REPLACE : WriteMode.APPEND;
        ImportSummary summary = context.getBean(ReferenceImporter.class).importGeoJson(layer,
                Path.of(options.get("file")), Datum.parse(options.getOrDefault("crs", "wgs84")), mode);
        Summaries.print(summary, mode, out);
    }
}
