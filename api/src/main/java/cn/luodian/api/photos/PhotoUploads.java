package cn.luodian.api.photos;

import cn.luodian.api.system.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Uploaded photos (a case's, an exposure entry's, a rectification's after photo, a follow-up's):
 * held to one size limit, checked by content ({@link ImageType}), stored by content hash
 * ({@link PhotoFiles}).
 */
@Component
public class PhotoUploads {
    private final PhotoFiles files;
    private final PhotoSettings settings;

    public PhotoUploads(PhotoFiles files, PhotoSettings settings) {
        this.files = files;
        this.settings = settings;
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

    public PhotoRef store(byte[] content) {
        ImageType type = ImageType.sniff(content).orElseThrow(() -> new BadRequestException(
                "文件不是 JPEG、PNG 或 WebP 图片（按文件内容判断，而非文件名）"));
        return new PhotoRef(files.store(content, type), type);
    }
}
