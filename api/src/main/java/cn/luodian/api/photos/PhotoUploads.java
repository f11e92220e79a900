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
            throw new BadRequestException("the photo file is empty");
        }
        if (file.getSize() > settings.maxBytes()) {
            throw new BadRequestException("the photo has " + file.getSize() + " bytes; at most " + settings.maxBytes());
        }
        try (InputStream in = file.getInputStream()) {
            return in.readNBytes((int) settings.maxBytes() + 1);
        } catch (IOException e) {
            throw new BadRequestException("cannot read the uploaded photo: " + e.getMessage());
        }
    }

    public PhotoRef store(byte[] content) {
        ImageType type = ImageType.sniff(content).orElseThrow(() -> new BadRequestException(
                "the file is not a JPEG, PNG or WebP image (checked by its content, not its name)"));
        return new PhotoRef(files.store(content, type), type);
    }
}
