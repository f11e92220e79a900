package cn.luodian.api.photos;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The photo records of cases (which stored file, which stage, who uploaded it) as the workflow and
 * the exposure list use them; the files themselves are {@link PhotoFiles}, uploads are checked by
 * {@link PhotoUploads}.
 */
@Component
public class CasePhotos {
    private final PhotoRepository rows;

    public CasePhotos(PhotoRepository rows) {
        this.rows = rows;
    }

    /** Records a stored file as a photo of the case; returns its id. */
    public long insert(long caseId, Photo.Stage stage, String sha256, ImageType type, long sizeBytes, String uploadedBy,
                       Instant at) {
        return rows.insert(caseId, stage, sha256, type, sizeBytes, uploadedBy, at);
    }

    public List<Photo> list(long caseId) {
        return rows.list(caseId);
    }

    public Optional<Photo> find(long caseId, long photoId) {
        return rows.find(caseId, photoId);
    }
}
