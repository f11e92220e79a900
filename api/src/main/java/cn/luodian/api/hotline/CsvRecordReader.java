package cn.luodian.api.hotline;

import cn.luodian.geo.io.ImportException;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from text: fields separated by the delimiter, records by CRLF, LF or CR;
 * a field in double quotes may hold delimiters, line breaks and doubled quotes. A quote inside an
 * unquoted field is taken literally, as spreadsheets do. A leading byte-order mark is dropped.
 */
final class CsvRecordReader implements Closeable {
    private static final int NONE = -2;

    private final Reader in;
    private final String source;
    private final char delimiter;
    private final char[] buffer = new char[16 * 1024];
    private int position;
    private int length;
    private int pushedBack = NONE;
    private long line = 1;
    private boolean started;

    CsvRecordReader(Reader in, String source, char delimiter) {
        this.in = in;
        this.source = source;
        this.delimiter = delimiter;
    }

    /** The line the next record starts on. */
    long line() {
        return line;
    }

    /** The next record, or null at the end of the text. */
    CsvRecord next() throws IOException {
        int c = read();
        if (!started) {
            started = true;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c < 0) {
            return null;
        }
        long startLine = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        long quoteLine = 0;
        while (true) {
            if (inQuotes) {
                if (c < 0) {
                    throw ImportException.atLine(source, quoteLine, "从这一行开始的带引号字段没有结束引号");
                }
                if (c == '"') {
                    int after = read();
                    if (after == '"') {
                        field.append('"');
                    } else {
                        inQuotes = false;
                        c = after;
                        continue;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
            } else if (c < 0) {
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else if (c == '"' && field.isEmpty()) {
                inQuotes = true;
                quoteLine = line;
            } else if (c == delimiter) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r') {
                    int after = read();
                    if (after != '\n') {
                        pushedBack = after;
                    }
                }
                line++;
                fields.add(field.toString());
                return new CsvRecord(startLine, fields);
            } else {
                field.append((char) c);
            }
            c = read();
        }
    }

    private int read() throws IOException {
        if (pushedBack != NONE) {
            int c = pushedBack;
            pushedBack = NONE;
            return c;
        }
        if (position == length) {
            length = in.read(buffer);
            position = 0;
            if (length <= 0) {
                length = 0;
                return -1;
            }
        }
        return buffer[position++];
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
