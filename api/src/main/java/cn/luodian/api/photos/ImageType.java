package cn.luodian.api.photos;

import java.util.Optional;

/** The image formats accepted, recognised by their first bytes, never by name or declared type. */
public enum ImageType {
    JPEG("image/jpeg", "jpg"), PNG("image/png", "png"), WEBP("image/webp", "webp");

    private final String mediaType;
    private final String extension;

    ImageType(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    public static Optional<ImageType> sniff(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        if (startsWith(head, png, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(head, "RIFF".getBytes(), 0) && startsWith(head, "WEBP".getBytes(), 8)) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    public static ImageType ofMediaType(String mediaType) {
        for (ImageType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("不接受的图片类型：" + mediaType);
    }

    private static boolean startsWith(byte[] data, byte[] prefix, int offset) {
        if (data.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
