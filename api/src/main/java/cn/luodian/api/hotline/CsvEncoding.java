package cn.luodian.api.hotline;

import cn.luodian.geo.io.ImportException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The encodings a hotline export comes in: UTF-8 (with or without a byte-order mark) or GBK, the
 * encoding Excel on a Chinese Windows saves CSV in. Detection: valid UTF-8 is UTF-8, else GBK.
 */
final class CsvEncoding {
    static final Charset GBK = Charset.forName("GBK");
    static final Charset GB18030 = Charset.forName("GB18030");

    private CsvEncoding() {
    }

    /** The encoding a user named (utf-8, gbk, gb2312, gb18030), or null for "detect" (absent, blank, auto). */
    static Charset option(String name) {
        if (name == null || name.isBlank() || name.trim().equalsIgnoreCase("auto")) {
            return null;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
            case "utf8" -> StandardCharsets.UTF_8;
            // GB2312 is a subset of GBK; files labelled GB2312 often hold GBK characters.
            case "gbk", "gb2312", "cp936" -> GBK;
            case "gb18030" -> GB18030;
            default -> throw new IllegalArgumentException("无法识别的编码 '" + name + "'：应为 UTF-8、GBK 或 GB18030");
        };
    }

    /** The encodings to try, in order. */
    static List<Charset> candidates(Charset requested) {
        return requested == null ? List.of(StandardCharsets.UTF_8, GBK) : List.of(requested);
    }

    /** A decoder that fails on bytes that are not text in {@code charset}, instead of guessing. */
    static CharsetDecoder strictDecoder(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * The line (1-based) holding the first bytes that are not text in {@code charset}, or 0 when all
     * of it is. Lines are counted on the bytes: 0x0A is a line feed in UTF-8 and in GBK alike.
     */
    static long firstUndecodableLine(InputStream in, Charset charset) throws IOException {
        CharsetDecoder decoder = strictDecoder(charset);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        long line = 1;
        boolean end = false;
        while (!end) {
            int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (read < 0) {
                end = true;
            } else {
                bytes.position(bytes.position() + read);
            }
            bytes.flip();
            CoderResult result;
            do {
                int start = bytes.position();
                chars.clear();
                result = decoder.decode(bytes, chars, end);
                line += newlines(bytes.array(), start, bytes.position());
                if (result.isError()) {
                    return line;
                }
            } while (result.isOverflow());
            bytes.compact();
        }
        chars.clear();
        return decoder.flush(chars).isError() ? line : 0;
    }

    private static int newlines(byte[] bytes, int from, int to) {
        int count = 0;
        for (int i = from; i < to; i++) {
            if (bytes[i] == '\n') {
                count++;
            }
        }
        return count;
    }

    /** Rejects files that are not CSV text at all, judged by their first bytes. */
    static void checkSignature(byte[] head, int length, String source, Charset requested) {
        if (length == 0) {
            throw ImportException.ofFile(source, "文件为空：第一行应为表头，如 工单编号,来电时间,诉求类别,诉求内容,…", null);
        }
        if (startsWith(head, length, 0x50, 0x4B, 0x03, 0x04) || startsWith(head, length, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw ImportException.ofFile(source, "这是电子表格工作簿，不是 CSV 文件：请另存为 UTF-8 编码的 CSV 后再导入", null);
        }
        if (startsWith(head, length, 0xFF, 0xFE) || startsWith(head, length, 0xFE, 0xFF)) {
            throw ImportException.ofFile(source, "文件是 UTF-16 编码的文本：请另存为 UTF-8 编码的 CSV", null);
        }
        for (int i = 0; i < length; i++) {
            if (head[i] == 0) {
                throw ImportException.ofFile(source, "文件含二进制数据（第 " + i + " 字节处为空字节），不是 CSV 文本", null);
            }
        }
        if (requested != null && requested != StandardCharsets.UTF_8 && startsWith(head, length, 0xEF, 0xBB, 0xBF)) {
            throw ImportException.ofFile(source, "文件以 UTF-8 字节顺序标记开头，但指定的编码是 " + requested.name() + "：请按 UTF-8 导入（或不指定编码）", null);
        }
    }

    private static boolean startsWith(byte[] head, int length, int... signature) {
        if (length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((head[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
