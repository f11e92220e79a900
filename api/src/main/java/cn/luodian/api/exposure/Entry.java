package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import java.time.LocalDate;

/**
 * An entry of a period as stored: its number in the period ({@code seq}), what it says about the
 * case, how many periods the case has been on the list (this one included), the rectification
 * deadline, and the photos chosen (by content hash; {@code after} only for rectified entries).
 */
public record Entry(long id, long periodId, int seq, EntryKind kind, long caseId, int periodsOnList, LocalDate deadline,
                    PhotoRef photo, PhotoRef after) {
}
