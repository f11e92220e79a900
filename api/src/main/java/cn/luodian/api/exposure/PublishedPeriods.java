package cn.luodian.api.exposure;

import cn.luodian.api.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * Reads published periods back from their snapshots: the one source for the public pages and
 * statistics. Every read checks the stored snapshot against the SHA-256 recorded when it was
 * published, before anything of it is parsed or shown: a snapshot changed in the database since (on
 * H2GIS, where the application's connection could do it, or by a database owner on PostGIS) is
 * refused with {@link SnapshotMismatch} (409), never served.
 */
@Service
public class PublishedPeriods {
    private final PublisherRepository publishers;
    private final PeriodRepository periods;
    private final SnapshotMismatches mismatches;

    public PublishedPeriods(PublisherRepository publishers, PeriodRepository periods, SnapshotMismatches mismatches) {
        this.publishers = publishers;
        this.periods = periods;
        this.mismatches = mismatches;
    }

    /**
     * A published revision with its snapshot read back. {@code verified}: the stored text has the
     * recorded hash; when it does not, {@code content} is null and nothing of the text is read.
     */
    public record Read(Publisher publisher, Period period, PublishedPeriod content, boolean verified) {

        /** This read, or a {@link SnapshotMismatch} when its snapshot was changed after publication. */
        public Read orRefuse() {
            if (!verified) {
                throw new SnapshotMismatch(publisher, period);
            }
            return this;
        }
    }

    public Publisher publisher(String code) {
        return publishers.findByCode(code).orElseThrow(() -> new NotFoundException("没有代码为 '" + code + "' 的发布单位"));
    }

    public List<Publisher> publishers() {
        return publishers.list();
    }

    /** The latest revision of period {@code number}, or the one asked for; refused if its snapshot was changed. */
    public Read get(String publisherCode, int number, Integer revision) {
        Publisher publisher = publisher(publisherCode);
        Period p = periods.findPublished(publisher.id(), number, revision).orElseThrow(() -> new NotFoundException(
                publisher.name() + "没有已发布的第" + number + "期" + (revision == null ? "" : "（勘误" + revision + "）")));
        return read(publisher, p).orRefuse();
    }

    /** The period's snapshot checked against its recorded hash, then parsed; a mismatch is reported (log, audit). */
    public Read read(Publisher publisher, Period p) {
        String stored = p.snapshot();
        String storedHash = stored == null ? "(none)" : Snapshots.hash(stored);
        if (!storedHash.equals(p.contentHash())) {
            mismatches.report(publisher, p, storedHash, "does not match the SHA-256 recorded at publication");
            return new Read(publisher, p, null, false);
        }
        try {
            return new Read(publisher, p, Snapshots.read(stored), true);
        } catch (RuntimeException e) {
            // The recorded hash was changed along with the text, and the text is not what Snapshots writes.
            mismatches.report(publisher, p, storedHash, "is not a canonical snapshot (" + e.getMessage() + ")");
            return new Read(publisher, p, null, false);
        }
    }

    /** The revisions published of period {@code number}, oldest first. */
    public List<Integer> revisions(Publisher publisher, int number) {
        return periods.published(publisher.id()).stream().filter(p -> p.number() == number).map(Period::revision).toList();
    }

    /**
     * The latest revision of every published period of the publisher, newest number first; one whose
     * snapshot was changed is in the list unverified, without content ({@link Read#orRefuse()}).
     */
    public List<Read> latest(Publisher publisher) {
        List<Period> all = periods.published(publisher.id());
        List<Read> latest = new ArrayList<>();
        for (int i = all.size() - 1; i >= 0; i--) {
            Period p = all.get(i);
            if (latest.isEmpty() || latest.get(latest.size() - 1).period().number() != p.number()) {
                latest.add(read(publisher, p));
            }
        }
        return latest;
    }
}
