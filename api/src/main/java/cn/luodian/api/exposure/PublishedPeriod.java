package cn.luodian.api.exposure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A period as the public sees it: what is frozen into the snapshot when it is published, and what
 * a preview shows before. {@link Snapshots} turns it into canonical JSON and back.
 *
 * @param publishedAt null in a preview
 * @param corrects    for a correction (勘误): the revision it corrects and what changed; else null
 */
public record PublishedPeriod(String publisherCode, String publisherName, String titleLine, int number, int revision,
                              String title, String intro, LocalDate issueDate, Instant publishedAt, boolean demo,
                              Correction corrects, List<PublishedEntry> entries) {

    public PublishedPeriod {
        entries = List.copyOf(entries);
    }

    /** @param changes one line per difference, in Chinese, as printed under the 勘误 notice */
    public record Correction(int revision, String contentHash, String note, List<String> changes) {
        public Correction {
            changes = List.copyOf(changes);
        }
    }

    public List<PublishedEntry> entries(EntryKind kind) {
        return entries.stream().filter(e -> e.kind() == kind).toList();
    }

    /** 第192期, 第192期（勘误1）. */
    public String label() {
        return "第" + number + "期" + (revision == 0 ? "" : "（勘误" + revision + "）");
    }

    /** 2026年11月20日 */
    public String issueDateChinese() {
        return issueDate.getYear() + "年" + issueDate.getMonthValue() + "月" + issueDate.getDayOfMonth() + "日";
    }
}
