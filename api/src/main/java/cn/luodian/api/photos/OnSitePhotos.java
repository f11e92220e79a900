package cn.luodian.api.photos;

import cn.luodian.api.cases.VerificationPhotos;
import java.time.Instant;
import org.springframework.stereotype.Component;

/** The photos a grid worker's 核查 stands on: their own 处置后 photo, taken after the unit's 反馈. */
@Component
class OnSitePhotos implements VerificationPhotos {
    private final PhotoRepository photos;

    OnSitePhotos(PhotoRepository photos) {
        this.photos = photos;
    }

    @Override
    public boolean hasAfterPhotoBy(long caseId, String username, Instant since) {
        return photos.list(caseId).stream().anyMatch(photo -> photo.stage() == Photo.Stage.AFTER
                && username.equals(photo.uploadedBy()) && !photo.uploadedAt().isBefore(since));
    }
}
