package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.photos.CasePhotos;
import cn.luodian.api.photos.Photo;
import cn.luodian.api.photos.PhotoRef;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What goes into a period without being chosen: the cases of earlier periods that were fixed since
 * (整治前后对比) or are still not (继续挂账), and the cases proposed for new entries (open past their
 * deadline, or in a category the publisher targets). Also the photo an entry shows by default.
 */
@Component
public class PeriodComposer {
    /** States from which a case may be put on the list (the workflow's EXPOSE). */
    static final Set<CaseState> EXPOSABLE = EnumSet.of(CaseState.REGISTERED, CaseState.DISPATCHED, CaseState.IN_PROGRESS,
            CaseState.RETURNED, CaseState.REPORTED_DONE);
    private static final Set<CaseState> FIXED = EnumSet.of(CaseState.RECTIFIED, CaseState.VERIFIED, CaseState.CLOSED);

    private final EntryRepository entries;
    private final CaseLookup cases;
    private final CasePhotos photos;
    private final ExposureSettings settings;
    private final Clock clock;

    public PeriodComposer(EntryRepository entries, CaseLookup cases, CasePhotos photos, ExposureSettings settings,
                          Clock clock) {
        this.entries = entries;
        this.cases = cases;
        this.photos = photos;
        this.settings = settings;
        this.clock = clock;
    }

    /** An entry to be: kind, case, periods on the list, deadline, photos. */
    record Planned(EntryKind kind, long caseId, int periodsOnList, LocalDate deadline, PhotoRef photo, PhotoRef after) {
    }

    /**
     * The rectified and carried-over entries for a new period of the publisher: every case listed
     * before that is on the list now (挂账, including one a follow-up put back) is carried over; a
     * case whose last listing was new or carried over and that is fixed now is shown rectified.
     */
    List<Planned> fromEarlierPeriods(Publisher publisher) {
        List<Planned> planned = new ArrayList<>();
        for (long caseId : entries.publishedCaseIds(publisher.id())) {
            CityCase c = cases.find(caseId).orElseThrow();
            List<Entry> history = entries.publishedForCase(publisher.id(), caseId);
            Entry last = history.get(history.size() - 1);
            int listed = (int) history.stream().filter(e -> e.kind() != EntryKind.RECTIFIED).count();
            if (c.state() == CaseState.EXPOSED) {
                planned.add(new Planned(EntryKind.CARRIED_OVER, caseId, listed + 1, last.deadline(),
                        last.photo() != null ? last.photo() : defaultPhoto(caseId).orElse(null), null));
            } else if (last.kind() != EntryKind.RECTIFIED && FIXED.contains(c.state())) {
                planned.add(new Planned(EntryKind.RECTIFIED, caseId, listed, last.deadline(), last.photo(),
                        afterPhoto(caseId).orElse(null)));
            }
        }
        return planned;
    }

    /** The photo a new entry shows unless one is chosen: the first "before" photo, else the first not "after". */
    Optional<PhotoRef> defaultPhoto(long caseId) {
        List<Photo> all = photos.list(caseId);
        return all.stream().filter(p -> p.stage() == Photo.Stage.BEFORE).findFirst()
                .or(() -> all.stream().filter(p -> p.stage() != Photo.Stage.AFTER).findFirst())
                .map(p -> new PhotoRef(p.sha256(), p.type()));
    }

    /** The newest "after" photo of the case. */
    Optional<PhotoRef> afterPhoto(long caseId) {
        return photos.list(caseId).stream().filter(p -> p.stage() == Photo.Stage.AFTER)
                .max(Comparator.comparingLong(Photo::id)).map(p -> new PhotoRef(p.sha256(), p.type()));
    }

    /** A case proposed for a new entry and why. */
    public record Proposal(long caseId, String caseRef, String text, String township, String categoryCode, String reason,
                           boolean hasPhoto) {
    }

    /**
     * Cases that could be new entries: open and past their deadline (逾期), or in a target category,
     * in the actor's view, not on the list already and not in this period; at most maxProposals.
     */
    List<Proposal> proposals(Publisher publisher, Set<Long> inPeriod) {
        Map<Long, Proposal> found = new LinkedHashMap<>();
        CaseFilter overdue = new CaseFilter(null, null, null, null, EXPOSABLE, null, null, true, null, null);
        collect(found, cases.list(overdue, 0, settings.maxProposals() * 2), "逾期未办结", inPeriod);
        for (String prefix : publisher.targetCategories()) {
            CaseFilter target = new CaseFilter(null, null, null, prefix, EXPOSABLE, null, null, null, null, null);
            collect(found, cases.list(target, 0, settings.maxProposals() * 2), "重点整治类别", inPeriod);
        }
        return found.values().stream().limit(settings.maxProposals()).toList();
    }

    private void collect(Map<Long, Proposal> found, List<CityCase> candidates, String reason, Set<Long> inPeriod) {
        for (CityCase c : candidates) {
            if (!inPeriod.contains(c.id()) && !found.containsKey(c.id())) {
                found.put(c.id(), new Proposal(c.id(), c.number(), c.locationText(), c.townshipName(), c.categoryCode(),
                        reason, defaultPhoto(c.id()).isPresent()));
            }
        }
    }

    LocalDate deadlineFor(LocalDate issueDate) {
        return issueDate.plusDays(settings.rectifyWithinDays());
    }

    LocalDate today(java.time.ZoneId zone) {
        return LocalDate.ofInstant(clock.instant(), zone);
    }
}
