package cn.luodian.geo.io;

/**
 * Bad input to an import: names the feature (0-based index in the file's feature list) or the
 * line (1-based) and the reason, so that the user can find and fix it.
 */
public final class ImportException extends RuntimeException {
    private final String source;
    private final String location;
    private final String reason;

    private ImportException(String source, String location, String reason, Throwable cause) {
        super(source + "：" + (location.isEmpty() ? "" : location + "：") + reason, cause);
        this.source = source;
        this.location = location;
        this.reason = reason;
    }

    public static ImportException atFeature(String source, int featureIndex, String reason) {
        return new ImportException(source, "第 " + (featureIndex + 1) + " 个要素", reason, null);
    }

    public static ImportException atLine(String source, long lineNumber, String reason) {
        return new ImportException(source, "第 " + lineNumber + " 行", reason, null);
    }

    public static ImportException ofFile(String source, String reason, Throwable cause) {
        return new ImportException(source, "", reason, cause);
    }

    /** The file or stream that was read. */
    public String source() {
        return source;
    }

    /** "第 13 个要素" (the 1-based ordinal of feature index 12), "第 40 行", or empty when the whole file is at fault. */
    public String location() {
        return location;
    }

    public String reason() {
        return reason;
    }
}
