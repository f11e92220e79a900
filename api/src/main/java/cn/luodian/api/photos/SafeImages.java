package cn.luodian.api.photos;

import cn.luodian.api.system.BadRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.springframework.stereotype.Component;

/**
 * The one gate every uploaded image passes (a case's photos, an exposure entry's, a
 * rectification's after photo, a follow-up's), because an image is hostile input:
 *
 * <ol>
 *   <li>its type is taken from its first bytes; WebP is refused, since this JDK has no WebP decoder
 *       to check it with;</li>
 *   <li>a file carrying web page markup ({@code <script>}, {@code <html>} …) anywhere is refused:
 *       it is a polyglot made to be sniffed as a page;</li>
 *   <li>width and height are read from the header alone and held to {@code max-side-px} and
 *       {@code max-pixels} before a single pixel is decoded (a 1 MB PNG can declare 30000×30000);</li>
 *   <li>it is decoded whole, by the reader of its own format only; a decoder warning (a truncated
 *       JPEG decodes "successfully" with grey rows) or error refuses it;</li>
 *   <li>what is stored is the pixels encoded again (JPEG stays JPEG with its EXIF rotation applied,
 *       PNG stays PNG): EXIF with its GPS position, comments and bytes after the image's end are gone.</li>
 * </ol>
 *
 * <p>At most {@code max-concurrent-decodes} images are decoded at once, so the memory decoding
 * takes is bounded. {@link #fitsLimits} lets renderers check an image stored before this gate
 * existed. Every refusal is a {@link BadRequestException} with a Chinese message.
 */
@Component
public class SafeImages {
    /**
     * Markup a browser would act on, each at least six characters so that compressed pixels spell
     * one by chance about once in a million 10 MB photos.
     */
    private static final String[] MARKUP = {"<script", "<html>", "<html ", "<!doctype", "<iframe", "<svg ", "<svg/",
        "<body>", "<body ", "<object", "<embed", "<?php ", "javascript:", "onload=", "onerror="};

    private final PhotoSettings settings;
    private final Semaphore decoding;

    public SafeImages(PhotoSettings settings) {
        this.settings = settings;
        this.decoding = new Semaphore(settings.maxConcurrentDecodes(), true);
    }

    /** Checks, decodes and re-encodes an uploaded image, or refuses it with a 400. */
    public CleanImage clean(byte[] content) {
        ImageType type = ImageType.sniff(content).orElseThrow(() -> new BadRequestException(
                "文件不是 JPEG 或 PNG 图片（按文件内容判断，而非文件名）"));
        if (type == ImageType.WEBP) {
            throw new BadRequestException("暂不接受 WebP 图片：服务器无法完整解码核验 WebP，请先转为 JPEG 或 PNG 再上传");
        }
        markup(content).ifPresent(found -> {
            throw new BadRequestException("图片文件中夹带了网页代码（" + found + "），不予接受");
        });
        try {
            decoding.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BadRequestException("服务器正在停止，照片未保存，请稍后重试");
        }
        try {
            BufferedImage image = decode(content, type);
            if (type == ImageType.JPEG) {
                image = ExifOrientation.apply(image, ExifOrientation.of(content));
            }
            return new CleanImage(encode(image, type), type, image.getWidth(), image.getHeight());
        } finally {
            decoding.release();
        }
    }

    /**
     * Whether a stored image's header reads and declares a size within the limits: what a renderer
     * asks before handing a file stored before this gate to a decoder. Decodes no pixel.
     */
    public boolean fitsLimits(byte[] content, ImageType type) {
        if (type == ImageType.WEBP) {
            return false;
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(in, true, true);
                return sizeProblem(reader.getWidth(0), reader.getHeight(0)).isEmpty();
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private BufferedImage decode(byte[] content, ImageType type) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            ImageReader reader = reader(type);
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                sizeProblem(width, height).ifPresent(problem -> {
                    throw new BadRequestException(problem);
                });
                AtomicReference<String> warning = new AtomicReference<>();
                reader.addIIOReadWarningListener((IIOReadWarningListener) (source, message) -> warning.compareAndSet(null, message));
                BufferedImage image = reader.read(0);
                if (warning.get() != null) {
                    throw new BadRequestException("图片数据不完整或已损坏，无法完整解码（" + type.name() + "）");
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadRequestException refused) {
                throw refused;
            }
            throw new BadRequestException("图片数据不完整或已损坏，无法完整解码（" + type.name() + "）");
        }
    }

    private Optional<String> sizeProblem(int widthPx, int heightPx) {
        if (widthPx <= 0 || heightPx <= 0) {
            return Optional.of("图片没有有效的宽高");
        }
        if (widthPx > settings.maxSidePx() || heightPx > settings.maxSidePx()) {
            return Optional.of("图片尺寸为 " + widthPx + "×" + heightPx + " 像素，每边最多 " + settings.maxSidePx() + " 像素");
        }
        if ((long) widthPx * heightPx > settings.maxPixels()) {
            return Optional.of("图片尺寸为 " + widthPx + "×" + heightPx + " 像素，共 " + (long) widthPx * heightPx
                    + " 像素，最多 " + settings.maxPixels() + " 像素");
        }
        return Optional.empty();
    }

    /** The reader of exactly this format: never one ImageIO picks by sniffing (BMP, GIF, TIFF …). */
    private static ImageReader reader(ImageType type) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(type == ImageType.PNG ? "png" : "jpeg");
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no ImageIO reader for " + type);
        }
        return readers.next();
    }

    private byte[] encode(BufferedImage image, ImageType type) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (type == ImageType.PNG) {
                BufferedImage plain = image.getType() == BufferedImage.TYPE_CUSTOM
                        ? standard(image, image.getColorModel().hasAlpha()) : image;
                if (!ImageIO.write(plain, "png", out)) {
                    throw new IllegalStateException("no PNG writer");
                }
                return out.toByteArray();
            }
            BufferedImage rgb = image.getColorModel().hasAlpha() || image.getType() == BufferedImage.TYPE_CUSTOM
                    ? standard(image, false) : image;
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(settings.jpegQuality() / 100f);
                writer.write(null, new IIOImage(rgb, null, null), param);
            } finally {
                writer.dispose();
            }
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            // Pixels that decoded but cannot be written again (an exotic colour model): refuse, not 500.
            throw new BadRequestException("图片的颜色格式无法处理，请另存为常见的 JPEG 或 PNG 后再上传");
        }
    }

    /** The image drawn into plain RGB (on white: JPEG has no alpha channel) or ARGB. */
    private static BufferedImage standard(BufferedImage image, boolean alpha) {
        BufferedImage copy = new BufferedImage(image.getWidth(), image.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var g = copy.createGraphics();
        try {
            if (!alpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            }
            g.drawImage(image, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /** The first web markup found anywhere in the file, compared without case. */
    static Optional<String> markup(byte[] content) {
        String text = new String(content, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        for (String m : MARKUP) {
            if (text.contains(m)) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
