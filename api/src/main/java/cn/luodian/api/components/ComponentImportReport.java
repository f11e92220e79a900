package cn.luodian.api.components;

/**
 * What an import did: components read from the file, inserted, updated (of which with a changed
 * status or position), left as they were, and removed by a replace.
 */
public record ComponentImportReport(String file, int read, int inserted, int updated, int unchanged, int removed,
                                    int statusChanges, int positionChanges) {
}
