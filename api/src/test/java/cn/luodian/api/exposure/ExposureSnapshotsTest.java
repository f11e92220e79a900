package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.photos.ImageType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canonical form of a published period, its hash, and what a correction lists as changed. */
class ExposureSnapshotsTest {
    static final PhotoRef PHOTO = new PhotoRef("a".repeat(64), ImageType.PNG);
    static final PhotoRef AFTER = new PhotoRef("b".repeat(64), ImageType.JPEG);

    static PublishedEntry entry(int seq, EntryKind kind, String text, LocalDate deadline) {
        return new PublishedEntry(seq, kind, "TZ-20261101-0000" + seq, text, "110112106", "漷县镇", "110112106213", "长凌营村",
                "RX0101", "垃圾清运不及时", "漷县镇综合行政执法队", deadline, 1, 191, LocalDate.of(2026, 11, 7),
                kind == EntryKind.RECTIFIED ? LocalDate.of(2026, 11, 12) : null, 116.77260049, 39.7588, PHOTO,
                kind == EntryKind.RECTIFIED ? AFTER : null, null);
    }

    static PublishedPeriod period(String title, List<PublishedEntry> entries) {
        return new PublishedPeriod("tongzhou", "通州区城市管理委员会", "挂账督办", 192, 0, title, "导语", LocalDate.of(2026, 11, 21),
                Instant.parse("2026-11-21T03:00:00Z"), true, null, entries);
    }

    @Test
    void theSameContentAlwaysGivesTheSameBytesAndHash() {
        PublishedPeriod p = period("挂账督办", List.of(entry(1, EntryKind.RECTIFIED, "漷县镇长凌营村距长凌营环路约124米，距北运河约465米",
                LocalDate.of(2026, 11, 14)), entry(2, EntryKind.NEW, "梨园镇群芳中一街群芳三园西区80号楼北侧", LocalDate.of(2026, 11, 28))));
        String json = Snapshots.canonicalJson(p);
        assertThat(json).startsWith("{\"corrects\":null,\"demo\":true,\"entries\":[{\"after\":{\"mediaType\":\"image/jpeg\"");
        assertThat(json).doesNotContain(" \"").doesNotContain("\n").contains("\"lon\":116.7726");
        PublishedPeriod back = Snapshots.read(json);
        assertThat(Snapshots.canonicalJson(back)).isEqualTo(json);
        assertThat(Snapshots.hash(json)).isEqualTo(Snapshots.hash(Snapshots.canonicalJson(back))).matches("[0-9a-f]{64}");
        assertThat(back.entries().get(1).text()).isEqualTo("梨园镇群芳中一街群芳三园西区80号楼北侧");
        assertThat(back.label()).isEqualTo("第192期");
        assertThat(back.issueDateChinese()).isEqualTo("2026年11月21日");
    }

    @Test
    void aSnapshotChangedOutsideTheCanonicalFormIsRefused() {
        String json = Snapshots.canonicalJson(period("挂账督办", List.of(entry(1, EntryKind.NEW, "某处", LocalDate.of(2026, 11, 28)))));
        assertThatThrownBy(() -> Snapshots.read(json.replace("{\"corrects\"", "{ \"corrects\"")))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Snapshots.hash(json)).isNotEqualTo(Snapshots.hash(json.replace("某处", "别处")));
    }

    @Test
    void aCorrectionListsWhatChanged() {
        PublishedPeriod before = period("挂账督办", List.of(entry(1, EntryKind.NEW, "甲处", LocalDate.of(2026, 11, 28)),
                entry(2, EntryKind.NEW, "乙处", LocalDate.of(2026, 11, 28))));
        PublishedPeriod after = period("挂账督办（更正）", List.of(entry(1, EntryKind.NEW, "甲处", LocalDate.of(2026, 11, 30))));
        assertThat(Corrections.diff(before, after)).containsExactly(
                "标题：“挂账督办”改为“挂账督办（更正）”",
                "第1条（TZ-20261101-00001）整改期限：“2026-11-28”改为“2026-11-30”",
                "删除原第2条（TZ-20261101-00002）：乙处");
    }

    @Test
    void statisticsCountByKindAndTakeTheMedianDaysToRectification() {
        List<PublishedEntry> entries = List.of(entry(1, EntryKind.RECTIFIED, "甲", LocalDate.of(2026, 11, 14)),
                entry(2, EntryKind.NEW, "乙", LocalDate.of(2026, 11, 28)), entry(3, EntryKind.CARRIED_OVER, "丙",
                        LocalDate.of(2026, 11, 28)));
        ExposureStats.Counts counts = ExposureStats.count("", "合计", entries);
        assertThat(counts.newEntries()).isEqualTo(1);
        assertThat(counts.rectified()).isEqualTo(1);
        assertThat(counts.carriedOver()).isEqualTo(1);
        assertThat(counts.medianDaysToRectify()).isEqualTo(5.0); // exposed 11-07, rectified 11-12
        assertThat(ExposureStats.median(List.of(1L, 9L, 4L, 6L))).isEqualTo(5.0);
        assertThat(ExposureStats.median(List.of())).isNull();
    }
}
