package cn.luodian.api.exposure;

import cn.luodian.api.system.InvalidFieldException;
import cn.luodian.api.system.TextFields;
import java.time.LocalDate;
import java.util.List;

/** The bodies the exposure API takes. Missing fields are null; the service says which are required. */
public final class ExposureRequests {

    private ExposureRequests() {
    }

    /** The stored columns' lengths (V10). */
    static final int MAX_NAME = 200;
    static final int MAX_INTRO = 4000;
    static final int MAX_NOTE = 2000;
    static final int MAX_INSPECTOR = 100;
    static final int MAX_TARGET_CATEGORIES = 400;

    public record NewPublisher(String code, String name, String titleLine, String cadence, Integer firstNumber,
                               Boolean photoRequired, List<String> targetCategories) {
        /** Every text through {@link TextFields}; the categories are stored as one comma-separated column. */
        void check() {
            TextFields.line("code", code, 40);
            TextFields.line("name", name, MAX_NAME);
            TextFields.line("titleLine", titleLine, MAX_NAME);
            TextFields.line("cadence", cadence, 20);
            if (targetCategories != null) {
                int length = 0;
                for (String category : targetCategories) {
                    length += TextFields.code("targetCategories", category, 20) == null ? 0 : category.strip().length() + 1;
                }
                if (length > MAX_TARGET_CATEGORIES) {
                    throw new InvalidFieldException("targetCategories", "目标类别过长（合计最多 "
                            + MAX_TARGET_CATEGORIES + " 个字符）");
                }
            }
        }
    }

    /** {@code number} null: the next after the publisher's last (or its first number). */
    public record NewPeriod(Integer number, String title, String intro, LocalDate issueDate) {
        void check() {
            TextFields.line("title", title, MAX_NAME);
            TextFields.text("intro", intro, MAX_INTRO);
        }
    }

    public record PeriodText(String title, String intro, LocalDate issueDate) {
        void check() {
            TextFields.line("title", title, MAX_NAME);
            TextFields.text("intro", intro, MAX_INTRO);
        }
    }

    /** The case by id or by number; the photo by the id of one of the case's photos (else its first). */
    public record NewEntry(Long caseId, String caseRef, Long photoId, LocalDate deadline) {
    }

    /** {@code action}: submit (送审), return (退回修改), publish (发布). */
    public record PeriodTransition(String action, String note) {
        void check() {
            TextFields.line("action", action, 20);
            TextFields.text("note", note, MAX_NOTE);
        }
    }

    public record NewCorrection(String note) {
        void check() {
            TextFields.text("note", note, MAX_NOTE);
        }
    }
}
