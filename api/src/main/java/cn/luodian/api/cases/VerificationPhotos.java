package cn.luodian.api.cases;

import java.time.Instant;

/**
 * Whether a grid worker has photographed a case on site: their 核查 stands on a photo of the finished
 * work taken after the unit reported it done. The photos feature answers (it owns the photo records
 * and depends on cases, not the other way round).
 */
public interface VerificationPhotos {

    /** Whether `username` uploaded a 处置后 photo of the case at or after `since`. */
    boolean hasAfterPhotoBy(long caseId, String username, Instant since);
}
