package cn.luodian.api.photos;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.ImageIO;

/** Hostile and honest images made in the tests, never files checked in. */
public final class HostileImagesForTest {
    /** Written into an EXIF ImageDescription, to find whether metadata survived. */
    public static final String SECRET = "GPS-39.7588N-116.7726E-secret";

    private HostileImagesForTest() {
    }

    /** A photo-like image: a gradient, so that it compresses like a picture and not like a flat colour. */
    public static BufferedImage picture(int widthPx, int heightPx) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < heightPx; y++) {
            for (int x = 0; x < widthPx; x++) {
                image.setRGB(x, y, (x * 255 / widthPx) << 16 | (y * 255 / heightPx) << 8 | ((x + y) % 256));
            }
        }
        return image;
    }

    public static byte[] png(int widthPx, int heightPx) {
        return write(picture(widthPx, heightPx), "png");
    }

    public static byte[] jpeg(int widthPx, int heightPx) {
        return write(picture(widthPx, heightPx), "jpeg");
    }

    static byte[] write(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A decompression bomb: a valid PNG header declaring {@code sidePx}×{@code sidePx} RGB pixels and
     * the first {@code rows} rows of zeros, deflated (a few hundred KB for 30000×30000). What the
     * issue's 875 KB bomb was, made here.
     */
    public static byte[] pngBomb(int sidePx, int rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(sidePx).putInt(sidePx).put((byte) 8).put((byte) 2)
                .put((byte) 0).put((byte) 0).put((byte) 0).array());
        Deflater deflater = new Deflater(9);
        byte[] row = new byte[1 + 3 * sidePx];
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        byte[] buffer = new byte[65536];
        for (int i = 0; i < rows; i++) {
            deflater.setInput(row);
            while (!deflater.needsInput()) {
                idat.write(buffer, 0, deflater.deflate(buffer));
            }
        }
        deflater.finish();
        while (!deflater.finished()) {
            idat.write(buffer, 0, deflater.deflate(buffer));
        }
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    /** The first {@code fraction} of the file. */
    public static byte[] truncated(byte[] file, double fraction) {
        return Arrays.copyOf(file, (int) (file.length * fraction));
    }

    /** A JPEG with a web page after its end: a browser sniffing it finds HTML. */
    public static byte[] polyglot() {
        byte[] jpeg = jpeg(64, 48);
        byte[] html = "<html><body><script>alert(document.cookie)</script></body></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] both = Arrays.copyOf(jpeg, jpeg.length + html.length);
        System.arraycopy(html, 0, both, jpeg.length, html.length);
        return both;
    }

    /** RIFF/WEBP magic with nothing a decoder could read behind it. */
    public static byte[] fakeWebp() {
        byte[] bytes = new byte[256];
        System.arraycopy("RIFF".getBytes(StandardCharsets.US_ASCII), 0, bytes, 0, 4);
        System.arraycopy("WEBPVP8 ".getBytes(StandardCharsets.US_ASCII), 0, bytes, 8, 8);
        Arrays.fill(bytes, 16, bytes.length, (byte) 0x5A);
        return bytes;
    }

    /**
     * A JPEG of {@code widthPx}×{@code heightPx} pixels with an EXIF APP1 segment right after SOI:
     * the orientation tag and an ImageDescription holding {@link #SECRET}, as a phone writes GPS.
     */
    public static byte[] jpegWithExif(int widthPx, int heightPx, int orientation) {
        byte[] jpeg = jpeg(widthPx, heightPx);
        byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        // TIFF, big-endian: header, IFD0 with two entries, then the description's text.
        ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 2 * 12 + 4 + description.length);
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(8 + 2 + 2 * 12 + 4);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        tiff.put(description);
        byte[] exif = ByteBuffer.allocate(6 + tiff.capacity()).put("Exif\0\0".getBytes(StandardCharsets.US_ASCII))
                .put(tiff.array()).array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        out.write((exif.length + 2) >> 8);
        out.write((exif.length + 2) & 0xFF);
        out.writeBytes(exif);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(name);
        out.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
