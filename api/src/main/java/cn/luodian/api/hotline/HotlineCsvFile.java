package cn.luodian.api.hotline;

import cn.luodian.geo.io.ImportException;
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
    private static final int HEAD_BYTES = 4096;

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
        byte[] head = new byte[HEAD_BYTES];
        int length = readHead(input, head);
        CsvEncoding.checkSignature(head, length, input.name(), requested);
        StringBuilder failures = new StringBuilder();
        for (Charset charset : CsvEncoding.candidates(requested)) {
            long badLine;
            try (InputStream in = input.open()) {
                badLine = CsvEncoding.firstUndecodableLine(in, charset);
            } catch (IOException e) {
                throw ImportException.ofFile(input.name(), "无法读取文件：" + e.getMessage(), e);
            }
            if (badLine == 0) {
                return check(input, charset);
            }
            failures.append(failures.isEmpty() ? "" : "，").append("不是 ").append(displayName(charset)) .append(" 编码（第 ").append(badLine).append(" 行）");
        }
        String advice = requested == null
                ? "文件既不是 UTF-8 也不是 GBK 编码的文本：" + failures + "。请另存为 UTF-8 或 GBK 编码的 CSV"
                : "文件" + failures + "：请指定正确的编码，或不指定编码以自动识别 UTF-8 或 GBK";
        throw ImportException.ofFile(input.name(), advice, null);
    }

    String encodingName() {
        return displayName(charset);
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
            HotlineHeader header = HotlineHeader.parse(headerRecord, input.name(), displayName(charset));
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
        return new CsvRecordReader(new InputStreamReader(in, CsvEncoding.strictDecoder(charset)), input.name(), delimiter);
    }

    private static int readHead(CsvInput input, byte[] head) {
        try (InputStream in = input.open()) {
            return Math.max(0, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw ImportException.ofFile(input.name(), "无法读取文件：" + e.getMessage(), e);
        }
    }

    private static String displayName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
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
