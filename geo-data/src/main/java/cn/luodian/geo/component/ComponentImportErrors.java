package cn.luodian.geo.component;

import cn.luodian.geo.io.ImportException;
import java.util.ArrayList;
import java.util.List;

/** The errors of one file as a reader finds them: the first {@link #MAX_LISTED} kept, all counted. */
final class ComponentImportErrors {
    static final int MAX_LISTED = 100;

    private final String source;
    private final List<ImportException> listed = new ArrayList<>();
    private int total;

    ComponentImportErrors(String source) {
        this.source = source;
    }

    void atLine(long line, String reason) {
        add(ImportException.atLine(source, line, reason));
    }

    void atFeature(int featureIndex, String reason) {
        add(ImportException.atFeature(source, featureIndex, reason));
    }

    void ofFile(String reason) {
        add(ImportException.ofFile(source, reason, null));
    }

    void add(ImportException error) {
        total++;
        if (listed.size() < MAX_LISTED) {
            listed.add(error);
        }
    }

    /** Counts {@code count} more errors that are not listed (found beyond the first {@link #MAX_LISTED} elsewhere). */
    void countUnlisted(int count) {
        total += count;
    }

    int total() {
        return total;
    }

    /** Throws the file's errors, if it has any; a file is taken whole or not at all. */
    void throwIfAny() {
        if (total > 0) {
            throw failure();
        }
    }

    ComponentImportException failure() {
        return new ComponentImportException(source, listed, total);
    }
}
