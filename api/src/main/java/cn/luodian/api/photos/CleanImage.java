package cn.luodian.api.photos;

/**
 * An uploaded image after {@link SafeImages}: decoded whole and encoded again, so it holds pixels
 * only (no EXIF, GPS, comments or trailing bytes).
 *
 * @param bytes    the re-encoded file, as stored
 * @param type     JPEG or PNG
 * @param widthPx  its width as shown (EXIF rotation applied)
 * @param heightPx its height as shown
 */
public record CleanImage(byte[] bytes, ImageType type, int widthPx, int heightPx) {
}
