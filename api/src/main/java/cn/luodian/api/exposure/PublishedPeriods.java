package cn.luodian.api.exposure;

import cn.luodian.api.system.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** Reads published periods back from their snapshots: the one source for the public pages and statistics. */
@Service
public class PublishedPeriods {
    private final PublisherRepository publishers;
    private final PeriodRepository periods;

    public PublishedPeriods(PublisherRepository publishers, PeriodRepository periods) {
        this.publishers = publishers;
        this.periods = periods;
    }

    /** A published revision with its snapshot read back; {@code verified} when the hash matches the stored text. */
    public record Read(Publisher publisher, Period period, PublishedPeriod content, boolean verified) {
    }

    public Publisher publisher(String code) {
        return publishers.findByCode(code).orElseThrow(() -> new NotFoundException("没有代码为 '" + code + "' 的发布单位"));
    }

    public List<Publisher> publishers() {
        return publishers.list();
    }

    /** The latest revision of period {@code number}, or the one asked for. */
    public Read get(String publisherCode, int number, Integer revision) {
        Publisher publisher = publisher(publisherCode);
        Period p = periods.findPublished(publisher.id(), number, revision).orElseThrow(() -> new NotFoundException(
                publisher.name() + "没有已发布的第" + number + "期" + (revision == null ? "" : "（勘误" + revision + "）")));
        return read(publisher, p);
    }

    public Read read(Publisher publisher, Period p) {
        PublishedPeriod content = Snapshots.read(p.snapshot());
        return new Read(publisher, p, content, Snapshots.hash(p.snapshot()).equals(p.contentHash()));
    }

    /** The revisions published of period {@code number}, oldest first. */
    public List<Integer> revisions(Publisher publisher, int number) {
        return periods.published(publisher.id()).stream().filter(p -> p.number() == number).map(Period::revision).toList();
    }

    /** The latest revision of every published period of the publisher, newest number first. */
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
