package cn.luodian.api.responsibility;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.io.CsvFields;
import cn.luodian.geo.io.TextEncoding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV import file: {@code cellCode,gridName,worker} (the header may also be 单元网格代码,责任网格名称,
 * 网格员, or left out), UTF-8 with or without a byte-order mark, or GBK as Excel saves it on a Chinese
 * Windows. Every error names its line in Chinese.
 */
final class GridCsv {
    static final int MAX_LINES = 20_000;

    private GridCsv() {
    }

    static List<ImportRow> read(byte[] bytes) {
        String text = TextEncoding.decode(bytes, "责任网格 CSV", null);
        String[] lines = text.split("\n", -1);
        List<ImportRow> rows = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
            String where = "第 " + (i + 1) + " 行";
            if (line.isBlank()) {
                continue;
            }
            List<String> fields = fields(line, where);
            if (i == 0 && isHeader(fields)) {
                continue;
            }
            if (rows.size() >= MAX_LINES) {
                throw new BadRequestException(where + "：文件超过 " + MAX_LINES + " 行，请分批导入");
            }
            if (fields.size() < 2 || fields.size() > 3) {
                throw new BadRequestException(where + "：应有 2 或 3 列（单元网格代码,责任网格名称,网格员），实有 " + fields.size() + " 列");
            }
            String worker = fields.size() == 3 && !fields.get(2).isBlank() ? fields.get(2).strip() : null;
            rows.add(new ImportRow(where, fields.get(0).strip(), fields.get(1), worker));
        }
        if (rows.isEmpty()) {
            throw new BadRequestException("文件中没有数据行：每行应为 单元网格代码,责任网格名称,网格员");
        }
        return rows;
    }

    private static List<String> fields(String line, String where) {
        try {
            return CsvFields.split(line);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(where + "：" + e.getMessage());
        }
    }

    private static boolean isHeader(List<String> fields) {
        String first = fields.get(0).strip().toLowerCase(Locale.ROOT);
        return first.equals("cellcode") || first.equals("单元网格代码") || first.equals("单元网格");
    }
}
