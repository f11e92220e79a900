package cn.luodian.geo.component;

import cn.luodian.geo.io.ImportException;
import java.util.List;

/**
 * A refused component file: every error found in it, each naming the file, the line or feature and
 * the reason ("部件.csv：第 12 行：…"), the first {@link ComponentImportErrors#MAX_LISTED} of them
 * listed. Nothing of the file was taken.
 */
public final class ComponentImportException extends RuntimeException {
    private final String source;
    private final List<ImportException> errors;
    private final int totalErrors;

    ComponentImportException(String source, List<ImportException> errors, int totalErrors) {
        super(message(source, errors, totalErrors));
        this.source = source;
        this.errors = List.copyOf(errors);
        this.totalErrors = totalErrors;
    }

    /** The file as messages name it. */
    public String source() {
        return source;
    }

    /** The errors listed, in file order; at most {@link ComponentImportErrors#MAX_LISTED}. */
    public List<ImportException> errors() {
        return errors;
    }

    /** How many errors the file has in all, listed or not. */
    public int totalErrors() {
        return totalErrors;
    }

    private static String message(String source, List<ImportException> errors, int totalErrors) {
        StringBuilder text = new StringBuilder(source).append("：未导入，共 ").append(totalErrors).append(" 处错误");
        for (ImportException error : errors) {
            text.append('\n').append(error.getMessage());
        }
        if (totalErrors > errors.size()) {
            text.append("\n……另有 ").append(totalErrors - errors.size()).append(" 处错误未列出");
        }
        return text.toString();
    }
}
