package cn.luodian.api.hotline;

import java.util.List;

/** One record of a CSV file: the line it starts on (1-based, the header is line 1) and its fields. */
record CsvRecord(long line, List<String> fields) {

    CsvRecord {
        fields = List.copyOf(fields);
    }

    /** An empty line, or a line of empty fields (spreadsheets write ",,,,"). */
    boolean isBlank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
