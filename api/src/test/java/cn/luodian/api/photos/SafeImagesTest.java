package cn.luodian.api.photos;

import static cn.luodian.api.photos.HostileImagesForTest.SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.system.BadRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The one gate of uploaded images: what it refuses (with the Chinese reason), and what it stores
 * of what it accepts (the pixels only, the way a viewer shows them).
 */
class SafeImagesTest {
    private final SafeImages images = new SafeImages(PhotoSettings.defaults(Path.of("unused")));

    private static String refusal(byte[] content, SafeImages gate) {
        try {
            gate.clean(content);
        } catch (BadRequestException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void aSmallPngDeclaring30000By30000PixelsIsRefusedFromItsHeader() {
        byte[] bomb = HostileImagesForTest.pngBomb(30_000, 1000);
        assertThat(bomb.length).isLessThan(1_000_000);
        long before = System.nanoTime();
        assertThat(refusal(bomb, images)).isEqualTo("图片尺寸为 30000×30000 像素，每边最多 10000 像素");
        // Refused from the header: no 2.7 GB of pixels was decoded.
        assertThat((System.nanoTime() - before) / 1_000_000).isLessThan(2000);
        assertThat(images.fitsLimits(bomb, ImageType.PNG)).isFalse();
    }

    @Test
    void thePixelCountIsLimitedAsWellAsEachSide() {
        SafeImages small = new SafeImages(new PhotoSettings(null, 10_485_760, 10_000, 10_000, 1, 90));
        assertThat(refusal(HostileImagesForTest.png(101, 100), small))
                .isEqualTo("图片尺寸为 101×100 像素，共 10100 像素，最多 10000 像素");
        assertThat(small.clean(HostileImagesForTest.png(100, 100)).widthPx()).isEqualTo(100);
    }

    @Test
    void truncatedPngAndJpegAreRefused() {
        assertThat(refusal(HostileImagesForTest.truncated(HostileImagesForTest.png(300, 200), 0.5), images))
                .isEqualTo("图片数据不完整或已损坏，无法完整解码（PNG）");
        // libjpeg fills a truncated JPEG with grey and only warns: the warning refuses it.
        assertThat(refusal(HostileImagesForTest.truncated(HostileImagesForTest.jpeg(300, 200), 0.5), images))
                .isEqualTo("图片数据不完整或已损坏，无法完整解码（JPEG）");
        assertThat(refusal(Arrays.copyOf(HostileImagesForTest.png(30, 20), 40), images))
                .startsWith("图片数据不完整或已损坏");
    }

    @Test
    void aJpegCarryingAWebPageIsRefused() {
        byte[] polyglot = HostileImagesForTest.polyglot();
        assertThat(ImageType.sniff(polyglot)).contains(ImageType.JPEG); // what the old check looked at
        assertThat(refusal(polyglot, images)).isEqualTo("图片文件中夹带了网页代码（<script），不予接受");
    }

    @Test
    void webpIsRefusedClearlySinceThisJdkCannotDecodeIt() {
        assertThat(refusal(HostileImagesForTest.fakeWebp(), images))
                .isEqualTo("暂不接受 WebP 图片：服务器无法完整解码核验 WebP，请先转为 JPEG 或 PNG 再上传");
        assertThat(refusal("GIF89a....".getBytes(StandardCharsets.US_ASCII), images))
                .isEqualTo("文件不是 JPEG 或 PNG 图片（按文件内容判断，而非文件名）");
    }

    @Test
    void exifIsStrippedAndItsRotationAppliedToThePixels() throws IOException {
        byte[] phone = HostileImagesForTest.jpegWithExif(80, 40, 6);
        assertThat(new String(phone, StandardCharsets.ISO_8859_1)).contains("Exif").contains(SECRET);
        assertThat(ExifOrientation.of(phone)).isEqualTo(6);

        CleanImage clean = images.clean(phone);
        String stored = new String(clean.bytes(), StandardCharsets.ISO_8859_1);
        assertThat(stored).doesNotContain("Exif").doesNotContain(SECRET);
        assertThat(clean.type()).isEqualTo(ImageType.JPEG);
        // Orientation 6: shown turned 90° clockwise, so 80×40 stored pixels show as 40×80.
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(back.getWidth()).isEqualTo(40);
        assertThat(back.getHeight()).isEqualTo(80);
        assertThat(clean.widthPx()).isEqualTo(40);
    }

    @Test
    void everyExifOrientationMovesTheTopLeftPixelWhereAViewerShowsIt() {
        BufferedImage stored = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        stored.setRGB(0, 0, 0xFF0000);
        // Where the stored top-left pixel is shown, per EXIF orientation 1–8 (on a 3×2 or, rotated, 2×3 image).
        int[][] shown = {{0, 0}, {2, 0}, {2, 1}, {0, 1}, {0, 0}, {1, 0}, {1, 2}, {0, 2}};
        for (int o = 1; o <= 8; o++) {
            BufferedImage view = ExifOrientation.apply(stored, o);
            assertThat(view.getWidth()).as("orientation %d", o).isEqualTo(o >= 5 ? 2 : 3);
            assertThat(view.getRGB(shown[o - 1][0], shown[o - 1][1]) & 0xFFFFFF).as("orientation %d", o).isEqualTo(0xFF0000);
        }
    }

    @Test
    void bytesAfterAnImagesEndAreNotStored() throws IOException {
        byte[] png = HostileImagesForTest.png(40, 30);
        byte[] trailing = Arrays.copyOf(png, png.length + 1000);
        Arrays.fill(trailing, png.length, trailing.length, (byte) 7);
        CleanImage clean = images.clean(trailing);
        assertThat(clean.type()).isEqualTo(ImageType.PNG);
        byte[] end = Arrays.copyOfRange(clean.bytes(), clean.bytes().length - 8, clean.bytes().length);
        assertThat(new String(end, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("IEND");
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(clean.bytes()));
        assertThat(back.getRGB(10, 10)).isEqualTo(HostileImagesForTest.picture(40, 30).getRGB(10, 10));
    }

    @Test
    void theSameUploadCleansToTheSameBytes() {
        byte[] jpeg = HostileImagesForTest.jpegWithExif(50, 50, 1);
        assertThat(images.clean(jpeg).bytes()).isEqualTo(images.clean(jpeg).bytes());
    }

    @Test
    void aStoredImageThatReadsWithinTheLimitsFits() {
        assertThat(images.fitsLimits(HostileImagesForTest.png(20, 20), ImageType.PNG)).isTrue();
        assertThat(images.fitsLimits(new byte[] {1, 2, 3}, ImageType.PNG)).isFalse();
        assertThat(images.fitsLimits(HostileImagesForTest.fakeWebp(), ImageType.WEBP)).isFalse();
    }

    @Test
    void refusalsAreBadRequests() {
        assertThatThrownBy(() -> images.clean(new byte[0])).isInstanceOf(BadRequestException.class);
    }
}
