package cn.luodian.api.exposure;

import java.time.LocalDate;
import java.util.List;

/** The bodies the exposure API takes. Missing fields are null; the service says which are required. */
public final class ExposureRequests {

    private ExposureRequests() {
    }

    public record NewPublisher(String code, String name, String titleLine, String cadence, Integer firstNumber,
                               Boolean photoRequired, List<String> targetCategories) {
    }

    /** {@code number} null: the next after the publisher's last (or its first number). */
    public record NewPeriod(Integer number, String title, String intro, LocalDate issueDate) {
    }

    public record PeriodText(String title, String intro, LocalDate issueDate) {
    }

    /** The case by id or by number; the photo by the id of one of the case's photos (else its first). */
    public record NewEntry(Long caseId, String caseRef, Long photoId, LocalDate deadline) {
    }

    /** {@code action}: submit (送审), return (退回修改), publish (发布). */
    public record PeriodTransition(String action, String note) {
    }

    public record NewCorrection(String note) {
    }
}
