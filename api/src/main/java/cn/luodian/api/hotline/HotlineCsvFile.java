package cn.luodian.api.hotline;

import cn.luodian.geo.io.ImportException;
import cn.luodian.geo.io.TextEncoding;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * A hotline export opened for import, checked whole before any row is stored: its encoding is
 * settled (the one asked for, else UTF-8 when every byte is valid UTF-8, else GBK), every record
 * decodes and every quoted field closes, and the header names the columns an import needs. Any
 * failure rejects the file with an {@link ImportException}.
 */
final class HotlineCsvFile {
    private final CsvInput input;
    private final Charset charset;
    private final char delimiter;
    private final HotlineHeader header;
    private final long rows;

    private HotlineCsvFile(CsvInput input, Charset charset, char delimiter, HotlineHeader header, long rows) {
        this.input = input;
        this.charset = charset;
        this.delimiter = delimiter;
        this.header = header;
        this.rows = rows;
    }

    /** Opens and checks {@code input}; {@code requested} is the encoding the user named, or null to detect it. */
    static HotlineCsvFile open(CsvInput input, Charset requested) {
        return check(input, TextEncoding.detect(input::open, input.name(), requested));
    }

    String encodingName() {
        return TextEncoding.displayName(charset);
    }

    HotlineHeader header() {
        return header;
    }

    /** Data rows, blank lines not counted. */
    long rows() {
        return rows;
    }

    /** Each data row in order; blank lines are skipped. */
    void forEachRow(Consumer<CsvRecord> action) {
        try (CsvRecordReader reader = reader(input, charset, delimiter)) {
            reader.next(); // the header, checked by open()
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    action.accept(record);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + input.name() + " again: " + e.getMessage(), e);
        }
    }

    private static HotlineCsvFile check(CsvInput input, Charset charset) {
        char delimiter = ',';
        CsvRecord first = firstRecord(input, charset, delimiter);
        if (first != null && first.fields().size() == 1 && first.fields().get(0).indexOf('\t') >= 0) {
            delimiter = '\t'; // a tab-separated export
        }
        CsvRecordReader reader = null;
        try {
            reader = reader(input, charset, delimiter);
            CsvRecord headerRecord = reader.next();
            long rows = 0;
            for (CsvRecord record = reader.next(); record != null; record = reader.next()) {
                if (!record.isBlank()) {
                    rows++;
                }
            }
            if (headerRecord == null || headerRecord.isBlank()) {
                throw ImportException.atLine(input.name(), 1, "第一行应为表头，但它是空的");
            }
            HotlineHeader header = HotlineHeader.parse(headerRecord, input.name(), TextEncoding.displayName(charset));
            return new HotlineCsvFile(input, charset, delimiter, header, rows);
        } catch (IOException e) {
            throw ImportException.ofFile(input.name(), "无法读取文件：" + e.getMessage(), e);
        } finally {
            closeQuietly(reader);
        }
    }

    private static CsvRecord firstRecord(CsvInput input, Charset charset, char delimiter) {
        CsvRecordReader reader = null;
        try {
            reader = reader(input, charset, delimiter);
            return reader.next();
        } catch (IOException | ImportException e) {
            return null; // the full pass reports it
        } finally {
            closeQuietly(reader);
        }
    }

    private static CsvRecordReader reader(CsvInput input, Charset charset, char delimiter) throws IOException {
        InputStream in = input.open();
        return new CsvRecordReader(new InputStreamReader(in, TextEncoding.strictDecoder(charset)), input.name(), delimiter);
    }

    private static void closeQuietly(CsvRecordReader reader) {
        if (reader != null) {
            try {
                reader.close();
            } catch (IOException ignored) {
                // reading is over; nothing to lose
            }
        }
    }
}
