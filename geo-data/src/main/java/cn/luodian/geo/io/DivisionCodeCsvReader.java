package cn.luodian.geo.io;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the official division-code CSV (the {@code china-division} layout: a header with at least
 * {@code code} and {@code name}; values optionally quoted). The parent of a 12-digit code is its
 * first 9 digits, of a 9-digit code its first 6, as the statistical coding defines.
 */
public final class DivisionCodeCsvReader {

    private DivisionCodeCsvReader() {
    }

    /** A national list of villages is about 40 MB; more than this is not a division-code list. */
    static final int MAX_BYTES = 128 * 1024 * 1024;

    /** Reads a list in UTF-8 or GBK (detected: see {@link TextEncoding}); mojibake is never stored. */
    public static List<DivisionCode> read(InputStream in, String source) {
        String text;
        try {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw ImportException.ofFile(source, "文件超过 " + MAX_BYTES / 1024 / 1024 + " MB，不像区划代码表", null);
            }
            text = TextEncoding.decode(bytes, source, null);
        } catch (IOException e) {
            throw ImportException.ofFile(source, "无法读取：" + e.getMessage(), e);
        }
        try (BufferedReader reader = new BufferedReader(new StringReader(text))) {
            String header = reader.readLine();
            if (header == null) {
                throw ImportException.ofFile(source, "文件为空：应有含 code 和 name 两列的表头", null);
            }
            List<String> columns = fields(header, source, 1).stream().map(c -> c.trim().toLowerCase(Locale.ROOT)).toList();
            int codeColumn = columns.indexOf("code");
            int nameColumn = columns.indexOf("name");
            if (codeColumn < 0 || nameColumn < 0) {
                throw ImportException.atLine(source, 1, "表头须含 code 和 name 两列，实为 " + columns);
            }
            List<DivisionCode> codes = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            String line;
            long lineNumber = 1;
            while ((line = reader.readLine()) != null) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                List<String> values = fields(line, source, lineNumber);
                if (values.size() <= Math.max(codeColumn, nameColumn)) {
                    throw ImportException.atLine(source, lineNumber, "应至少有 " + (Math.max(codeColumn, nameColumn) + 1) + " 列，实为 " + values.size() + " 列");
                }
                String code = values.get(codeColumn).trim();
                String name = values.get(nameColumn).trim();
                AdminLevel level;
                try {
                    level = AdminLevel.ofCode(code);
                } catch (IllegalArgumentException e) {
                    throw ImportException.atLine(source, lineNumber, e.getMessage());
                }
                if (name.isEmpty()) {
                    throw ImportException.atLine(source, lineNumber, "代码 " + code + " 的名称为空");
                }
                if (!seen.add(code)) {
                    throw ImportException.atLine(source, lineNumber, "代码 " + code + " 重复出现");
                }
                codes.add(new DivisionCode(code, name, level, parentOf(code)));
            }
            return List.copyOf(codes);
        } catch (IOException e) {
            throw ImportException.ofFile(source, "无法读取：" + e.getMessage(), e);
        }
    }

    static String parentOf(String code) {
        return switch (code.length()) {
            case 12 -> code.substring(0, 9);
            case 9 -> code.substring(0, 6);
            default -> null;
        };
    }

    private static List<String> fields(String line, String source, long lineNumber) {
        try {
            return CsvFields.split(line);
        } catch (IllegalArgumentException e) {
            throw ImportException.atLine(source, lineNumber, e.getMessage());
        }
    }

}
