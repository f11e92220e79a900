package cn.luodian.api.cli;

import cn.luodian.geo.component.ComponentImportException;
import cn.luodian.geo.io.ImportException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's commands other than serving. Arguments are {@code COMMAND [--option value | --flag]…};
 * options with a dot in their name ({@code --luodian.data-dir=DIR}, {@code --spring.profiles.active=postgis})
 * configure the application exactly as they do for the server, so a command fills the store the
 * server then serves.
 */
public final class CommandLine {
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    private static final Map<String, Command> COMMANDS = Map.of(
            "import", new ImportCommand(),
            "import-osm", new ImportOsmCommand(),
            "import-codes", new ImportCodesCommand(),
            "import-cases", new ImportCasesCommand(),
            "import-components", new ImportComponentsCommand());

    private CommandLine() {
    }

    /** True when the first argument names a command rather than a server option. */
    public static boolean isCommand(String[] args) {
        return args.length > 0 && !args[0].startsWith("-");
    }

    /** Runs a command inside {@code application} (the Boot application class) without its web server. */
    public static int run(Class<?> application, String[] args, PrintStream out, PrintStream err) {
        Command command = COMMANDS.get(args[0]);
        if (command == null) {
            err.println("未知命令 '" + args[0] + "'。可用命令：import、import-osm、import-codes、import-cases、import-components；" + "不带命令则启动服务器。");
            return USAGE;
        }
        Map<String, String> options = new LinkedHashMap<>();
        List<String> applicationArgs = new ArrayList<>();
        try {
            parse(args, command.flags(), options, applicationArgs);
            command.check(options);
        } catch (IllegalArgumentException e) {
            err.println(args[0] + ": " + e.getMessage());
            err.println("用法：java -jar luodian.jar " + args[0] + " " + command.usage());
            return USAGE;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .properties("logging.level.root=WARN")
                .run(applicationArgs.toArray(String[]::new))) {
            command.run(context, options, out);
            return OK;
        } catch (ImportException | ComponentImportException e) {
            err.println("导入失败：" + e.getMessage());
            err.println("数据未作任何改动。");
            return FAILED;
        } catch (IllegalArgumentException e) {
            err.println(args[0] + ": " + e.getMessage());
            return FAILED;
        } catch (RuntimeException e) {
            err.println(args[0] + " 失败：" + rootMessage(e));
            return FAILED;
        }
    }

    /**
     * {@code --key value}, {@code --key=value} and bare {@code --flag}s (for keys in {@code flags});
     * keys containing a dot go to the application's configuration.
     */
    static void parse(String[] args, Set<String> flags, Map<String, String> options, List<String> applicationArgs) {
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.length() == 2) {
                throw new IllegalArgumentException("多余的参数 '" + arg + "'");
            }
            String key = arg.substring(2);
            String value = null;
            int equals = key.indexOf('=');
            if (equals >= 0) {
                value = key.substring(equals + 1);
                key = key.substring(0, equals);
            }
            if (key.contains(".")) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new IllegalArgumentException("选项 --" + key + " 需要一个值");
                    }
                    value = args[++i];
                }
                applicationArgs.add("--" + key + "=" + value);
                continue;
            }
            if (flags.contains(key)) {
                if (value != null) {
                    throw new IllegalArgumentException("选项 --" + key + " 不带值");
                }
                value = "true";
            } else if (value == null) {
                if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                    throw new IllegalArgumentException("选项 --" + key + " 需要一个值");
                }
                value = args[++i];
            }
            if (options.put(key, value) != null) {
                throw new IllegalArgumentException("选项 --" + key + " 给了两次");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("Database may be already in use")) {
            return "数据目录正被运行中的落点服务器使用：请先停止服务器再导入";
        }
        return message;
    }
}
