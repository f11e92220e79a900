package cn.luodian.api.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.api.photos.HostileImagesForTest;
import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.photos.PhotoSettings;
import cn.luodian.api.photos.SafeImages;
import cn.luodian.api.system.LuodianProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The period PDF alone: the same period renders to the same bytes, and a stored image that is
 * missing, a bomb or truncated gives a placeholder instead of failing the whole file.
 */
class PeriodPdfTest {
    @TempDir
    Path dir;

    private PeriodPdf pdf(PhotoFiles files) {
        ExposureSettings settings = new Binder(new MapConfigurationPropertySource(java.util.Map.of()))
                .bindOrCreate("luodian.exposure", Bindable.of(ExposureSettings.class));
        return new PeriodPdf(settings, files, new SafeImages(PhotoSettings.defaults(dir)));
    }

    private PhotoFiles files() {
        LuodianProperties properties = new Binder(new MapConfigurationPropertySource(java.util.Map.of()))
                .bindOrCreate("luodian", Bindable.of(LuodianProperties.class));
        return new PhotoFiles(PhotoSettings.defaults(dir), properties);
    }

    private static PublishedEntry entry(int seq, PhotoRef photo) {
        PublishedEntry e = ExposureSnapshotsTest.entry(seq, EntryKind.NEW, "漷县镇长凌营村第" + seq + "处", LocalDate.of(2026, 11, 28));
        return new PublishedEntry(e.seq(), e.kind(), e.caseRef(), e.text(), e.townshipCode(), e.township(), e.villageCode(),
                e.village(), e.categoryCode(), e.category(), e.unit(), e.deadline(), e.periodsOnList(), e.firstNumber(),
                e.exposedOn(), e.rectifiedOn(), e.lon(), e.lat(), photo, null, null);
    }

    @Test
    void theSamePeriodGivesTheSameBytesAndBadImagesArePlaceholders() throws Exception {
        PhotoFiles files = files();
        PhotoRef good = new PhotoRef(files.store(HostileImagesForTest.png(120, 80), ImageType.PNG), ImageType.PNG);
        PhotoRef bomb = new PhotoRef(files.store(HostileImagesForTest.pngBomb(30_000, 200), ImageType.PNG), ImageType.PNG);
        PhotoRef cut = new PhotoRef(files.store(HostileImagesForTest.truncated(HostileImagesForTest.png(300, 200), 0.5),
                ImageType.PNG), ImageType.PNG);
        PhotoRef missing = new PhotoRef("c".repeat(64), ImageType.JPEG);
        PublishedPeriod period = ExposureSnapshotsTest.period("挂账督办",
                List.of(entry(1, good), entry(2, bomb), entry(3, cut), entry(4, missing)));
        String hash = Snapshots.hash(Snapshots.canonicalJson(period));

        byte[] first = pdf(files).render(period, hash);
        Thread.sleep(1100); // the old PDF took its dates from the clock, to the second
        byte[] second = pdf(files).render(period, hash);
        Files.write(dir.resolve("first.pdf"), first);
        Files.write(dir.resolve("second.pdf"), second);
        assertThat(Arrays.equals(first, second)).as("the same bytes twice (%d and %d bytes)", first.length, second.length)
                .isTrue();

        ExternalToolForTest.require("/usr/bin/pdftotext", "poppler-utils");
        String text = ExternalToolForTest.run("/usr/bin/pdftotext", "-raw", "-enc", "UTF-8", dir.resolve("first.pdf").toString(), "-");
        assertThat(text.split("图片无法显示", -1)).hasSize(4);
        String info = ExternalToolForTest.run("/usr/bin/pdfinfo", "-isodates", dir.resolve("first.pdf").toString());
        assertThat(info).contains("2026-11-21T11:00:00+08");
    }
}
