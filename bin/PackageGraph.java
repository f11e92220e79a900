import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;

/**
 * The package-dependency picture of the modules, from their compiled classes: jdeps lists every
 * class → class reference, this folds them into package → package edges inside each module's
 * root package, finds the cycles (strongly connected components of more than one package) and
 * writes Markdown with one Mermaid flowchart per module. Run through {@code bin/package-graph}.
 *
 * <pre>java bin/PackageGraph.java [--check] [--out FILE] NAME:ROOT_PACKAGE:CLASSES_DIR ...</pre>
 *
 * Without {@code --check} it writes FILE (default {@code docs/packages.md}); with it, it writes
 * nothing, prints the cycles and exits 1 when there is one.
 */
public class PackageGraph {

    record Module(String name, String root, Path classes) {
        String shortName(String pkg) {
            return pkg.equals(root) ? "(root)" : pkg.substring(root.length() + 1);
        }

        boolean owns(String pkg) {
            return pkg.equals(root) || pkg.startsWith(root + ".");
        }
    }

    /** One module's graph: packages, edges (with the class pairs behind each), cross-module uses. */
    static final class Graph {
        final Module module;
        final Set<String> packages = new TreeSet<>();
        final Map<String, Map<String, Set<String>>> edges = new TreeMap<>();
        final Map<String, Map<String, Set<String>>> uses = new TreeMap<>(); // package → module → its packages
        List<List<String>> cycles = List.of();
        final Map<String, Integer> component = new HashMap<>();

        Graph(Module module) {
            this.module = module;
        }

        boolean onCycle(String from, String to) {
            Integer a = component.get(from);
            return a != null && a.equals(component.get(to));
        }
    }

    private static final Pattern DEPENDENCY = Pattern.compile("^\\s+(\\S+)\\s+->\\s+(\\S+)\\s+.*$");
    private static final int CLASS_PAIRS_SHOWN = 6;

    public static void main(String[] args) throws IOException {
        boolean check = false;
        Path out = Path.of("docs/packages.md");
        List<Module> modules = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = true;
                case "--out" -> out = Path.of(args[++i]);
                default -> {
                    String[] parts = args[i].split(":", 3);
                    if (parts.length != 3) {
                        System.err.println("usage: PackageGraph [--check] [--out FILE] NAME:ROOT_PACKAGE:CLASSES_DIR ...");
                        System.exit(2);
                    }
                    modules.add(new Module(parts[0], parts[1], Path.of(parts[2])));
                }
            }
        }
        List<Graph> graphs = new ArrayList<>();
        for (Module module : modules) {
            Graph graph = read(module, modules);
            graph.cycles = stronglyConnected(graph);
            graphs.add(graph);
        }
        int cycles = graphs.stream().mapToInt(g -> g.cycles.size()).sum();
        if (check) {
            for (Graph g : graphs) {
                for (List<String> cycle : g.cycles) {
                    System.err.println("package cycle in " + g.module.name() + ": " + String.join(", ", cycle));
                }
            }
            System.err.println(cycles == 0 ? "no package cycles" : cycles + " package cycle(s)");
            System.exit(cycles == 0 ? 0 : 1);
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, markdown(graphs), StandardCharsets.UTF_8);
        System.out.println("wrote " + out + ": " + cycles + " package cycle(s)");
    }

    /** Runs jdeps over one module's classes and keeps the references between packages. */
    static Graph read(Module module, List<Module> all) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps")
                .orElseThrow(() -> new IllegalStateException("no jdeps in this JDK"));
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();
        int status = jdeps.run(new PrintWriter(output), new PrintWriter(errors),
                "-verbose:class", "-filter:none", module.classes().toString());
        if (status != 0) {
            throw new IllegalStateException("jdeps failed on " + module.classes() + ": " + errors);
        }
        Graph graph = new Graph(module);
        for (String line : output.toString().split("\n")) {
            Matcher m = DEPENDENCY.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String fromClass = m.group(1);
            String toClass = m.group(2);
            String from = packageOf(fromClass);
            String to = packageOf(toClass);
            if (!module.owns(from)) {
                continue; // e.g. Flyway's db.migration classes in api
            }
            graph.packages.add(from);
            if (module.owns(to)) {
                graph.packages.add(to);
                if (!from.equals(to)) {
                    graph.edges.computeIfAbsent(from, k -> new TreeMap<>())
                            .computeIfAbsent(to, k -> new TreeSet<>())
                            .add(simpleName(fromClass) + " → " + simpleName(toClass));
                }
            } else {
                for (Module other : all) {
                    if (other != module && other.owns(to)) {
                        graph.uses.computeIfAbsent(from, k -> new TreeMap<>())
                                .computeIfAbsent(other.name(), k -> new TreeSet<>()).add(other.shortName(to));
                    }
                }
            }
        }
        return graph;
    }

    static String packageOf(String className) {
        int dot = className.lastIndexOf('.');
        return dot < 0 ? "" : className.substring(0, dot);
    }

    /** The top-level class: inner classes count as their outer class. */
    static String simpleName(String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        int dollar = simple.indexOf('$');
        return dollar < 0 ? simple : simple.substring(0, dollar);
    }

    /** Tarjan's algorithm; returns the components of more than one package, each sorted, in order. */
    static List<List<String>> stronglyConnected(Graph graph) {
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> low = new HashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Set<String> onStack = new TreeSet<>();
        List<List<String>> components = new ArrayList<>();
        int[] counter = {0};
        for (String pkg : graph.packages) {
            if (!index.containsKey(pkg)) {
                connect(pkg, graph, index, low, stack, onStack, components, counter);
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        for (List<String> component : components) {
            if (component.size() > 1) {
                List<String> sorted = new ArrayList<>(new TreeSet<>(component));
                cycles.add(sorted);
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        for (int i = 0; i < cycles.size(); i++) {
            for (String pkg : cycles.get(i)) {
                graph.component.put(pkg, i);
            }
        }
        return cycles;
    }

    private static void connect(String v, Graph graph, Map<String, Integer> index, Map<String, Integer> low,
            Deque<String> stack, Set<String> onStack, List<List<String>> components, int[] counter) {
        index.put(v, counter[0]);
        low.put(v, counter[0]);
        counter[0]++;
        stack.push(v);
        onStack.add(v);
        for (String w : graph.edges.getOrDefault(v, Map.of()).keySet()) {
            if (!index.containsKey(w)) {
                connect(w, graph, index, low, stack, onStack, components, counter);
                low.put(v, Math.min(low.get(v), low.get(w)));
            } else if (onStack.contains(w)) {
                low.put(v, Math.min(low.get(v), index.get(w)));
            }
        }
        if (low.get(v).equals(index.get(v))) {
            List<String> component = new ArrayList<>();
            String w;
            do {
                w = stack.pop();
                onStack.remove(w);
                component.add(w);
            } while (!w.equals(v));
            components.add(component);
        }
    }

    static String markdown(List<Graph> graphs) {
        StringBuilder md = new StringBuilder();
        md.append("# Package dependencies\n\n");
        md.append("Generated by `bin/package-graph` from the compiled classes (`jdeps`); do not edit by hand,\n");
        md.append("run it again. An arrow `a --> b` means some class in package `a` refers to a class in\n");
        md.append("package `b` in its bytecode (references only in Javadoc or to inlined constants do not show).\n");
        md.append("Package names are shortened: `tile.mvt` is `cn.luodian.geo.tile.mvt`, `(root)` the module's\n");
        md.append("root package. Red arrows and packages lie on a cycle. `bin/package-graph --check` exits 1\n");
        md.append("while there is a cycle.\n\n");
        md.append("## Cycles\n\n");
        boolean any = false;
        for (Graph g : graphs) {
            for (List<String> cycle : g.cycles) {
                any = true;
                md.append("- ").append(g.module.name()).append(": ");
                md.append(String.join(", ", cycle.stream().map(g.module::shortName).toList())).append('\n');
            }
        }
        if (!any) {
            md.append("None.\n");
        }
        for (Graph g : graphs) {
            module(md, g);
        }
        return md.toString();
    }

    private static void module(StringBuilder md, Graph g) {
        Module m = g.module;
        md.append("\n## ").append(m.name()).append(" (`").append(m.root()).append("`)\n\n");
        md.append("```mermaid\nflowchart LR\n");
        for (String pkg : g.packages) {
            md.append("  ").append(id(m, pkg)).append("[\"").append(m.shortName(pkg)).append("\"]\n");
        }
        List<Integer> red = new ArrayList<>();
        int n = 0;
        for (var from : g.edges.entrySet()) {
            for (String to : from.getValue().keySet()) {
                md.append("  ").append(id(m, from.getKey())).append(" --> ").append(id(m, to)).append('\n');
                if (g.onCycle(from.getKey(), to)) {
                    red.add(n);
                }
                n++;
            }
        }
        if (!g.component.isEmpty()) {
            md.append("  classDef cycle fill:#fdd,stroke:#c00\n");
            md.append("  class ").append(String.join(",", g.component.keySet().stream().sorted()
                    .map(p -> id(m, p)).toList())).append(" cycle\n");
        }
        if (!red.isEmpty()) {
            md.append("  linkStyle ").append(String.join(",", red.stream().map(String::valueOf).toList()))
                    .append(" stroke:#c00,stroke-width:2px\n");
        }
        md.append("```\n\n");
        if (g.cycles.isEmpty()) {
            md.append("No cycles.\n");
        } else {
            md.append("### Cycles in ").append(m.name()).append("\n\n");
            md.append("The edges inside each cycle, with the classes behind them (break one edge of every loop):\n\n");
            for (int i = 0; i < g.cycles.size(); i++) {
                List<String> cycle = g.cycles.get(i);
                md.append(i + 1).append(". ").append(String.join(", ",
                        cycle.stream().map(m::shortName).toList())).append("\n");
                for (String from : cycle) {
                    for (var to : g.edges.getOrDefault(from, Map.of()).entrySet()) {
                        if (!g.onCycle(from, to.getKey())) {
                            continue;
                        }
                        List<String> pairs = new ArrayList<>(to.getValue());
                        md.append("   - `").append(m.shortName(from)).append("` → `")
                                .append(m.shortName(to.getKey())).append("`: ");
                        md.append(String.join(", ", pairs.subList(0, Math.min(CLASS_PAIRS_SHOWN, pairs.size()))));
                        if (pairs.size() > CLASS_PAIRS_SHOWN) {
                            md.append(", … (").append(pairs.size() - CLASS_PAIRS_SHOWN).append(" more)");
                        }
                        md.append('\n');
                    }
                }
            }
        }
        if (!g.uses.isEmpty()) {
            md.append("\n### What ").append(m.name()).append(" uses from the other modules\n\n");
            md.append("| package | uses |\n|---|---|\n");
            for (var use : g.uses.entrySet()) {
                List<String> cells = new ArrayList<>();
                for (var other : use.getValue().entrySet()) {
                    cells.add(other.getKey() + ": " + String.join(", ",
                            other.getValue().stream().map(p -> "`" + p + "`").toList()));
                }
                md.append("| `").append(m.shortName(use.getKey())).append("` | ")
                        .append(String.join("; ", cells)).append(" |\n");
            }
        }
    }

    private static String id(Module m, String pkg) {
        String name = m.shortName(pkg);
        return "p_" + (name.equals("(root)") ? "root" : name.replace('.', '_'));
    }
}
