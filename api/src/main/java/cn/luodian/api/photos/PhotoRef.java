package cn.luodian.api.photos;

/** A photo or map image by the SHA-256 of its content, as {@code PhotoFiles} stores it. */
public record PhotoRef(String sha256, ImageType type) {

    /** Null when the hash column is null. */
    public static PhotoRef of(String sha256, String mediaType) {
        return sha256 == null ? null : new PhotoRef(sha256, ImageType.ofMediaType(mediaType));
    }

    public String fileName() {
        return sha256 + "." + type.extension();
    }
}
