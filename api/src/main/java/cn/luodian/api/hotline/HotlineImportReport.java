package cn.luodian.api.hotline;

import java.util.List;

/**
 * What an import did with each row of a file: {@code imported} new cases, {@code unplaced} rows
 * kept in the 待定位 list because their location words gave no single place, {@code alreadyPresent}
 * rows whose 工单编号 was imported before (left unchanged), and one error per row that was not
 * stored, with its line in the file (the header is line 1) and the reason.
 */
public record HotlineImportReport(String file, String encoding, long rows, int imported, int unplaced,
                                  int alreadyPresent, int failed, List<RowError> errors, List<String> ignoredColumns) {

    public HotlineImportReport {
        errors = List.copyOf(errors);
        ignoredColumns = List.copyOf(ignoredColumns);
    }

    /** A row that was not stored; {@code externalId} is null when the row had none. */
    public record RowError(long line, String externalId, String reason) {
    }
}
