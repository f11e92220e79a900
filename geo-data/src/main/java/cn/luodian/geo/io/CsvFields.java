package cn.luodian.geo.io;

import java.util.ArrayList;
import java.util.List;

/**
 * The fields of one CSV line as RFC 4180 has them: commas separate; a field that starts with a double
 * quote runs to its closing quote, commas included, and "" inside it is one quote. Every CSV reader
 * of the project splits its lines here.
 */
public final class CsvFields {

    private CsvFields() {
    }

    /** The fields of `line`; an IllegalArgumentException (in Chinese) when a quoted field never closes. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("引号没有闭合");
        }
        fields.add(field.toString());
        return fields;
    }
}
