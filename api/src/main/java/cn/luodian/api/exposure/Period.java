package cn.luodian.api.exposure;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One revision of a numbered period as stored: revision 0 is the period, 1, 2 … corrections (勘误)
 * of it ({@code correctsId} the revision corrected). Once published, {@code snapshot} (canonical
 * JSON) and {@code contentHash} (its SHA-256) are what the public sees, and the row never changes.
 */
public record Period(long id, long publisherId, int number, int revision, Long correctsId, String correctionNote,
                     PeriodState state, String title, String intro, LocalDate issueDate, String createdBy,
                     Instant createdAt, String submittedBy, Instant submittedAt, String publishedBy,
                     Instant publishedAt, String snapshot, String contentHash, int version) {

    /** 第192期, or 第192期（勘误1） for a correction. */
    public String label() {
        return "第" + number + "期" + (revision == 0 ? "" : "（勘误" + revision + "）");
    }
}
