package cn.luodian.api.photos;

import cn.luodian.api.system.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded photos (a case's, an exposure entry's, a rectification's after photo, a follow-up's):
 * held to one size limit, passed through {@link SafeImages} (header limits, full decode, stored
 * re-encoded without metadata) and stored by content hash ({@link PhotoFiles}).
 */
@Component
public class PhotoUploads {
    private final PhotoFiles files;
    private final PhotoSettings settings;
    private final SafeImages images;

    public PhotoUploads(PhotoFiles files, PhotoSettings settings, SafeImages images) {
        this.files = files;
        this.settings = settings;
        this.images = images;
    }

    public byte[] read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new BadRequestException("照片文件为空");
        }
        if (file.getSize() > settings.maxBytes()) {
            throw new BadRequestException("照片有 " + file.getSize() + " 字节，最大 " + settings.maxBytes() + " 字节");
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) settings.maxBytes() + 1);
        } catch (IOException e) {
            throw new BadRequestException("无法读取上传的照片");
        }
    }

    /** Cleans the upload and stores the clean copy; refused (400) before anything is stored. */
    public PhotoRef store(byte[] content) {
        return store(clean(content));
    }

    /** The upload checked, decoded and re-encoded ({@link SafeImages}), not stored yet. */
    public CleanImage clean(byte[] content) {
        return images.clean(content);
    }

    public PhotoRef store(CleanImage clean) {
        return new PhotoRef(files.store(clean.bytes(), clean.type()), clean.type());
    }
}
