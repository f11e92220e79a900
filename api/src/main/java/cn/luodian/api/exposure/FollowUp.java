package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import java.time.Instant;
import java.time.LocalDate;

/** 回头看: a re-inspection of an earlier entry's place: when, by whom, what was found, with a photo. */
public record FollowUp(long id, long entryId, long caseId, LocalDate inspectedOn, String inspector, boolean fixed,
                       String note, PhotoRef photo, String recordedBy, Instant recordedAt) {
}
