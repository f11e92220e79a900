package cn.luodian.geo.io;

import java.io.ByteArrayInputStream;
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
 * The encodings the text files users import come in (hotline exports, 责任网格 lists, division
 * codes): UTF-8 (with or without a byte-order mark) or GBK, the encoding Excel on a Chinese Windows
 * saves CSV in. Detection: valid UTF-8 is UTF-8, else GBK; anything else is refused with the line
 * where its bytes stop being text, never read as mojibake.
 */
public final class TextEncoding {
    public static final Charset GBK = Charset.forName("GBK");
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int HEAD_BYTES = 4096;

    /** A file that can be read more than once: once per encoding tried, once to use it. */
    @FunctionalInterface
    public interface Source {
        InputStream open() throws IOException;
    }

    private TextEncoding() {
    }

    /**
     * The encoding of the text in {@code source}: {@code requested} if its bytes are text in it, else,
     * when {@code requested} is null, UTF-8 or GBK, whichever decodes all of it first.
     *
     * @throws ImportException naming each encoding tried and the line where it failed
     */
    public static Charset detect(Source source, String name, Charset requested) {
        byte[] head = new byte[HEAD_BYTES];
        int length;
        try (InputStream in = source.open()) {
            length = Math.max(0, in.readNBytes(head, 0, head.length));
        } catch (IOException e) {
            throw ImportException.ofFile(name, "无法读取文件：" + e.getMessage(), e);
        }
        checkSignature(head, length, name, requested);
        StringBuilder failures = new StringBuilder();
        for (Charset charset : candidates(requested)) {
            long badLine;
            try (InputStream in = source.open()) {
                badLine = firstUndecodableLine(in, charset);
            } catch (IOException e) {
                throw ImportException.ofFile(name, "无法读取文件：" + e.getMessage(), e);
            }
            if (badLine == 0) {
                return charset;
            }
            failures.append(failures.isEmpty() ? "" : "，").append("不是 ").append(displayName(charset))
                    .append(" 编码（第 ").append(badLine).append(" 行）");
        }
        String advice = requested == null
                ? "文件既不是 UTF-8 也不是 GBK 编码的文本：" + failures + "。请另存为 UTF-8 或 GBK 编码的 CSV"
                : "文件" + failures + "：请指定正确的编码，或不指定编码以自动识别 UTF-8 或 GBK";
        throw ImportException.ofFile(name, advice, null);
    }

    /** All of {@code bytes} as text in the encoding {@link #detect} finds, without a leading byte-order mark. */
    public static String decode(byte[] bytes, String name, Charset requested) {
        Charset charset = detect(() -> new ByteArrayInputStream(bytes), name, requested);
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** How messages name an encoding: UTF-8, GBK, GB18030. */
    public static String displayName(Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? "UTF-8" : charset.name();
    }

    /** The encoding a user named (utf-8, gbk, gb2312, gb18030), or null for "detect" (absent, blank, auto). */
    public static Charset option(String name) {
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
    public static List<Charset> candidates(Charset requested) {
        return requested == null ? List.of(StandardCharsets.UTF_8, GBK) : List.of(requested);
    }

    /** A decoder that fails on bytes that are not text in {@code charset}, instead of guessing. */
    public static CharsetDecoder strictDecoder(Charset charset) {
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
    private static void checkSignature(byte[] head, int length, String source, Charset requested) {
        if (length == 0) {
            throw ImportException.ofFile(source, "文件为空", null);
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
