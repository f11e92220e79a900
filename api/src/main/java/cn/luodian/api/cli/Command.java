package cn.luodian.api.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;

/** One command of the jar: its options, their check before start-up, and the work. */
interface Command {

    String usage();

    Set<String> options();

    /** Options that take no value. */
    default Set<String> flags() {
        return Set.of();
    }

    /** Checks the options before the application starts; throws IllegalArgumentException. */
    default void check(Map<String, String> options) {
        for (String key : options.keySet()) {
            if (!options().contains(key) && !flags().contains(key)) {
                throw new IllegalArgumentException("未知选项 --" + key);
            }
        }
        Path file = Path.of(require(options, "file"));
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("文件不存在：" + file);
        }
    }

    void run(ApplicationContext context, Map<String, String> options, PrintStream out);

    static String require(Map<String, String> options, String key) {
        String value = options.get(key);
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("缺少选项 --" + key);
        }
        return value;
    }
}
