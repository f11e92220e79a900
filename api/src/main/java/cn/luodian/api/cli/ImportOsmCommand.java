package cn.luodian.api.cli;

import java.io.PrintStream;
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
        throw new UnsupportedOperationException("import-osm is wired in once the OSM extractor lands");
    }
}
