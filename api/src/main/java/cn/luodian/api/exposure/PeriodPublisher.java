package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.photos.ImageType;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes a reviewed period, in one transaction: checks it (not empty, a photo on every entry when
 * the publisher requires one, an after photo on every rectified entry), moves the cases in the
 * workflow (new and carried-over entries 挂账, rectified ones 销账), draws each entry's map, freezes
 * everything into the canonical snapshot with its SHA-256, and opens its files to the public.
 * Any refusal leaves everything as it was.
 */
@Service
public class PeriodPublisher {
    private final PeriodService service;
    private final PublisherRepository publishers;
    private final PeriodRepository periods;
    private final EntryRepository entries;
    private final CaseLookup cases;
    private final CaseTransitions transitions;
    private final EntryViews views;
    private final LocationMap maps;
    private final PhotoFiles files;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;
    private final PublishedPeriods publishedPeriods;

    public PeriodPublisher(PeriodService service, PublisherRepository publishers, PeriodRepository periods,
                           EntryRepository entries, CaseLookup cases, CaseTransitions transitions, EntryViews views,
                           LocationMap maps, PhotoFiles files, Clock clock, TransactionTemplate transactions, AuditLog audit,
                           PublishedPeriods publishedPeriods) {
        this.publishedPeriods = publishedPeriods;
        this.service = service;
        this.publishers = publishers;
        this.periods = periods;
        this.entries = entries;
        this.cases = cases;
        this.transitions = transitions;
        this.views = views;
        this.maps = maps;
        this.files = files;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
    }

    public Period publish(long periodId, Actor actor) {
        ExposureAccess.requireEditor(actor);
        // A correction lists what changed against the revision it corrects: never against text changed
        // after that revision's publication. Checked first, outside the transaction, so that the
        // mismatch's audit entry stays when the publication is refused (409).
        Period asked = service.get(periodId);
        if (asked.correctsId() != null) {
            correctedRevision(asked.correctsId());
        }
        return transactions.execute(status -> {
            Period p = service.get(periodId);
            if (p.state() != PeriodState.IN_REVIEW) {
                throw new ConflictException(p.label() + "当前为“" + p.state().label() + "”，不能发布"
                        + (p.state() == PeriodState.DRAFT ? "：请先送审" : ""));
            }
            Publisher publisher = publishers.find(p.publisherId()).orElseThrow();
            List<Entry> list = entries.list(p.id());
            check(p, publisher, list);
            for (Entry e : list) {
                moveCase(p, e, actor);
            }
            PublishedPeriod.Correction corrects = null;
            PublishedPeriod draft = views.preview(publisher, p, null);
            if (p.correctsId() != null) {
                Period old = service.get(p.correctsId());
                corrects = new PublishedPeriod.Correction(old.revision(), old.contentHash(), p.correctionNote(),
                        Corrections.diff(correctedRevision(old.id()), draft));
            }
            List<PublishedEntry> withMaps = new ArrayList<>();
            for (PublishedEntry e : draft.entries()) {
                byte[] png = maps.png(e.lon(), e.lat());
                withMaps.add(e.withMap(new PhotoRef(files.store(png, ImageType.PNG), ImageType.PNG)));
            }
            Instant now = clock.instant();
            PublishedPeriod published = new PublishedPeriod(draft.publisherCode(), draft.publisherName(), draft.titleLine(),
                    draft.number(), draft.revision(), draft.title(), draft.intro(), draft.issueDate(), now, draft.demo(),
                    corrects, withMaps);
            String json = Snapshots.canonicalJson(published);
            String hash = Snapshots.hash(json);
            for (PublishedEntry e : withMaps) {
                for (PhotoRef ref : new PhotoRef[] {e.photo(), e.after(), e.map()}) {
                    if (ref != null) {
                        periods.registerPublicFile(ref);
                    }
                }
            }
            if (!periods.publish(p, json, hash, actor.username(), now)) {
                throw new ConflictException(p.label() + "已被他人修改，请刷新后重试");
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("publisher", publisher.code());
            detail.put("number", p.number());
            detail.put("revision", p.revision());
            detail.put("entries", list.size());
            detail.put("contentHash", hash);
            audit.record(actor, "exposure.period.publish", "exposure_period", String.valueOf(p.id()), detail);
            return service.get(p.id());
        });
    }

    /** The published content of the revision a correction corrects, verified against its hash (else 409). */
    private PublishedPeriod correctedRevision(long periodId) {
        Period old = service.get(periodId);
        return publishedPeriods.read(publishers.find(old.publisherId()).orElseThrow(), old).orRefuse().content();
    }

    private static void check(Period p, Publisher publisher, List<Entry> list) {
        if (list.isEmpty()) {
            throw new BadRequestException(p.label() + "还没有任何条目，无可发布");
        }
        for (Entry e : list) {
            if (e.photo() == null && publisher.photoRequired()) {
                throw new BadRequestException("第" + e.seq() + "条缺少现场照片，" + publisher.name() + "要求每一条都有照片");
            }
            if (e.kind() == EntryKind.RECTIFIED && e.after() == null) {
                throw new BadRequestException("第" + e.seq() + "条（整治前后对比）缺少整改后照片：请补充照片或移出该条");
            }
        }
    }

    /**
     * New entries put their cases on the list; rectified entries take them off it (销账). A
     * carried-over case is on the list already (or was rectified while the period was prepared,
     * and is shown rectified in the next one).
     */
    private void moveCase(Period p, Entry e, Actor actor) {
        CityCase c = cases.find(e.caseId()).orElseThrow();
        String note = p.label() + (e.kind() == EntryKind.RECTIFIED ? " 整治前后对比" : " 挂账督办");
        if (e.kind() == EntryKind.RECTIFIED) {
            if (c.state() == CaseState.RECTIFIED) {
                transitions.apply(c.id(), TransitionRequest.of(CaseAction.WRITE_OFF, note), actor);
            }
        } else if (e.kind() == EntryKind.NEW && c.state() != CaseState.EXPOSED) {
            if (!PeriodComposer.EXPOSABLE.contains(c.state())) {
                if (p.revision() > 0) {
                    return; // a correction reprints the entry; the case has moved on since
                }
                throw new ConflictException("案件 " + c.number() + " 现为“" + c.state().label() + "”，不能挂账：请移出第"
                        + e.seq() + "条");
            }
            transitions.apply(c.id(), TransitionRequest.of(CaseAction.EXPOSE, note), actor);
        }
    }
}
