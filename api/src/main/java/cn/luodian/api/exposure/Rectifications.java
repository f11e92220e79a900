package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseAction;
import cn.luodian.api.cases.CaseEvent;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CaseTransitions;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.TransitionRequest;
import cn.luodian.api.photos.CasePhotos;
import cn.luodian.api.photos.Photo;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.photos.PhotoUploads;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What happens to a published entry afterwards: the township (or the unit) records that the
 * problem is fixed, with an after photo (整改, the case becomes 已整改 and the next period shows the
 * before/after pair); the supervisor goes back to look (回头看), and a place found unfixed again puts
 * the case back on the list (重新挂账), so that the next period carries it over.
 */
@Service
public class Rectifications {
    private final EntryRepository entries;
    private final PeriodRepository periods;
    private final CaseLookup cases;
    private final CaseTransitions transitions;
    private final CasePhotos photos;
    private final FollowUpRepository followUps;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    public Rectifications(EntryRepository entries, PeriodRepository periods, CaseLookup cases, CaseTransitions transitions,
                          CasePhotos photos, FollowUpRepository followUps, Clock clock,
                          TransactionTemplate transactions, AuditLog audit) {
        this.entries = entries;
        this.periods = periods;
        this.cases = cases;
        this.transitions = transitions;
        this.photos = photos;
        this.followUps = followUps;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
    }

    /** A published entry and its case; 404 for entries of unpublished periods. */
    record Published(Entry entry, Period period, CityCase c) {
    }

    Published published(long entryId) {
        Entry e = entries.find(entryId).orElseThrow(() -> new NotFoundException("没有找到条目 " + entryId));
        Period p = periods.find(e.periodId()).orElseThrow();
        if (p.state() != PeriodState.PUBLISHED) {
            throw new NotFoundException("条目 " + entryId + " 不在已发布的期次中");
        }
        return new Published(e, p, cases.find(e.caseId()).orElseThrow());
    }

    /**
     * 整改: the problem is fixed. The after photo is the one uploaded with the request, else the
     * case's newest after photo taken since it was put on the list; none is a 400.
     */
    public CityCase rectify(long entryId, byte[] afterPhoto, String note, PhotoUploads uploads, Actor actor) {
        if (actor.role() == Role.PLANNER || actor.role() == Role.DISPATCHER) {
            throw new ForbiddenException("整改由乡镇/街道、责任单位或督办人员记录");
        }
        PhotoRef stored = afterPhoto == null ? null : uploads.store(afterPhoto);
        return transactions.execute(status -> {
            Published found = published(entryId);
            CityCase c = found.c();
            if (c.state() != CaseState.EXPOSED) {
                throw new ConflictException("案件 " + c.number() + " 当前为“" + c.state().label() + "”，不在挂账中，无需记录整改");
            }
            if (stored != null) {
                photos.insert(c.id(), Photo.Stage.AFTER, stored.sha256(), stored.type(), afterPhoto.length, actor.username(),
                        clock.instant());
            } else if (!hasAfterPhotoSinceExposure(c)) {
                throw new BadRequestException("记录整改需要整改后照片：请随整改一起上传，或先为该案件上传整改后照片");
            }
            CityCase next = transitions.apply(c.id(), TransitionRequest.of(CaseAction.RECTIFY,
                    note == null || note.isBlank() ? "已整改" : note.strip()), actor);
            audit.record(actor, "exposure.entry.rectify", "exposure_entry", String.valueOf(entryId),
                    Map.of("case", c.number(), "period", found.period().label()));
            return next;
        });
    }

    /** 回头看: records the inspection; unfixed after having been marked rectified puts the case back on the list. */
    public FollowUp followUp(long entryId, LocalDate inspectedOn, String inspector, boolean fixed, String note, byte[] photo,
                             PhotoUploads uploads, Actor actor) {
        ExposureAccess.requireEditor(actor);
        if (inspectedOn == null) {
            throw new BadRequestException("缺少复查日期");
        }
        PhotoRef stored = photo == null ? null : uploads.store(photo);
        return transactions.execute(status -> {
            Published found = published(entryId);
            CityCase c = found.c();
            String who = inspector == null || inspector.isBlank() ? actor.username() : inspector.strip();
            followUps.insert(entryId, c.id(), inspectedOn, who, fixed, note, stored, actor.username(), clock.instant());
            if (stored != null) {
                photos.insert(c.id(), fixed ? Photo.Stage.AFTER : Photo.Stage.PROGRESS, stored.sha256(), stored.type(),
                        photo.length, actor.username(), clock.instant());
            }
            boolean reopened = false;
            if (!fixed && (c.state() == CaseState.RECTIFIED || c.state() == CaseState.CLOSED)) {
                transitions.apply(c.id(), TransitionRequest.of(CaseAction.REEXPOSE, "回头看发现未整改" + (note == null ? "" : "：" + note)),
                        actor);
                reopened = true;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("case", c.number());
            detail.put("result", fixed ? "fixed" : "unfixed");
            detail.put("inspectedOn", inspectedOn.toString());
            detail.put("reopened", reopened);
            audit.record(actor, "exposure.entry.follow_up", "exposure_entry", String.valueOf(entryId), detail);
            List<FollowUp> all = followUps.listForEntry(entryId);
            return all.get(all.size() - 1);
        });
    }

    public List<FollowUp> followUps(long entryId) {
        published(entryId);
        return followUps.listForEntry(entryId);
    }

    /** An after photo uploaded since the case's latest EXPOSE/REEXPOSE step. */
    private boolean hasAfterPhotoSinceExposure(CityCase c) {
        Instant since = cases.history(c.id()).stream()
                .filter(ev -> "expose".equals(ev.action()) || "reexpose".equals(ev.action()))
                .map(CaseEvent::at).max(Instant::compareTo).orElse(Instant.EPOCH);
        return photos.list(c.id()).stream().anyMatch(p -> p.stage() == Photo.Stage.AFTER && !p.uploadedAt().isBefore(since));
    }
}
