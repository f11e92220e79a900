package cn.luodian.bench.components;

import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentCategories;
import cn.luodian.geo.component.ComponentFileReader;
import cn.luodian.geo.component.ComponentStatuses;
import cn.luodian.geo.crs.Datum;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parsing and building components from a component CSV in memory, as the import reads a file:
 * encoding detection (a full pass over the bytes), every line split, checked against the taxonomy
 * and the status list, converted from the datum and made a {@link Component}. One operation reads
 * the first {@code rows} components of the synthetic inventory (UTF-8); components/s = ops/s × rows.
 * GCJ-02 adds the offset conversion of every point. No storage.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g"})
@Warmup(iterations = 2, time = 4)
@Measurement(iterations = 4, time = 5)
public class ComponentCsvImportBenchmark {
    @Param({"100000"})
    public int rows;

    @Param({"wgs84", "gcj02"})
    public String datum;

    private byte[] csv;
    private ComponentFileReader reader;
    private Datum fileDatum;

    @Setup(Level.Trial)
    public void load() {
        Map<String, String> categories = SyntheticComponents.categories(Taxonomy.read());
        StringWriter text = new StringWriter();
        ComponentCsv.write(SyntheticComponents.generate(rows, categories), text);
        csv = text.toString().getBytes(StandardCharsets.UTF_8);
        reader = new ComponentFileReader(ComponentCategories.of(categories), ComponentStatuses.DEFAULTS, LocalDate.of(2026, 12, 7));
        fileDatum = Datum.parse(datum);
        System.out.printf("%n%d rows, %.1f MB of CSV%n", rows, csv.length / 1e6);
    }

    @Benchmark
    public List<Component> parseAndBuild() {
        return reader.readCsv(() -> new ByteArrayInputStream(csv), "部件.csv", fileDatum, null);
    }
}
