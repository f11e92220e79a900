package cn.luodian.api.responsibility;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.io.CsvFields;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
    private static final Charset GBK = Charset.forName("GBK");

    private GridCsv() {
    }

    static List<ImportRow> read(byte[] bytes) {
        String text = decode(bytes);
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

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (byte b : bytes) {
            if (b == 0) {
                throw new BadRequestException("文件含二进制数据，不是 CSV 文本");
            }
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GBK)) {
            try {
                return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            } catch (CharacterCodingException e) {
                // Not this encoding: try the next.
            }
        }
        throw new BadRequestException("文件既不是 UTF-8 也不是 GBK 编码的文本：请另存为 UTF-8 编码的 CSV");
    }
}
