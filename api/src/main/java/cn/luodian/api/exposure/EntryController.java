package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.photos.PhotoUploads;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Entries of published periods after publication: the list each township sees of its own places,
 * rectification (整改, with the after photo) and follow-ups (回头看). Form fields, so that a photo
 * can travel in the same request (multipart) or be left out (urlencoded).
 */
@RestController
@RequestMapping("/api/v1/exposure/entries")
public class EntryController {
    private static final int MAX_LISTED = 500;

    private final EntryRepository entries;
    private final PeriodRepository periods;
    private final PublisherRepository publishers;
    private final CaseLookup cases;
    private final Rectifications rectifications;
    private final PhotoUploads uploads;
    private final PublishedPeriods published;

    public EntryController(EntryRepository entries, PeriodRepository periods, PublisherRepository publishers,
                           CaseLookup cases, Rectifications rectifications, PhotoUploads uploads,
                           PublishedPeriods published) {
        this.published = published;
        this.entries = entries;
        this.periods = periods;
        this.publishers = publishers;
        this.cases = cases;
        this.rectifications = rectifications;
        this.uploads = uploads;
    }

    /**
     * Entries of published periods in the reader's jurisdiction, newest period first, with each case's
     * state now. A period whose snapshot fails its SHA-256 is left out (and reported once,
     * {@link SnapshotMismatches}): staff never work from changed text either.
     */
    @GetMapping
    public Map<String, Object> list(Actor actor) {
        List<Map<String, Object>> list = new ArrayList<>();
        Map<Long, PublishedPeriods.Read> snapshots = new LinkedHashMap<>();
        for (Entry e : entries.published(MAX_LISTED * 4)) {
            Period p = periods.find(e.periodId()).orElseThrow();
            PublishedPeriods.Read read = snapshots.computeIfAbsent(p.id(), id -> verified(p));
            if (!read.verified()) {
                continue;
            }
            PublishedPeriod content = read.content();
            PublishedEntry shown = content.entries().stream().filter(x -> x.seq() == e.seq()).findFirst().orElseThrow();
            if (!ExposureAccess.canSee(actor, shown)) {
                continue;
            }
            CityCase c = cases.find(e.caseId()).orElseThrow();
            Map<String, Object> json = ExposureJson.entry(shown, e.id(), c.id(), c.state().id(), PhotoLinks.PUBLISHED);
            json.put("period", p.label());
            json.put("publisher", publishers.find(p.publisherId()).map(Publisher::code).orElse(null));
            json.put("caseStateLabel", c.state().label());
            list.add(json);
            if (list.size() == MAX_LISTED) {
                break;
            }
        }
        return Map.of("entries", list);
    }

    @PostMapping("/{entryId}/rectification")
    public Map<String, Object> rectify(@PathVariable long entryId, @RequestParam(required = false) MultipartFile file,
                                       @RequestParam(required = false) String note, Actor actor) {
        TextFields.text("note", note, ExposureRequests.MAX_NOTE);
        requireSee(entryId, actor);
        byte[] photo = file == null || file.isEmpty() ? null : uploads.read(file);
        CityCase c = rectifications.rectify(entryId, photo, note, uploads, actor);
        return Map.of("entryId", entryId, "caseRef", c.number(), "caseState", c.state().id(), "caseStateLabel", c.state().label());
    }

    @PostMapping("/{entryId}/follow-ups")
    public Map<String, Object> followUp(@PathVariable long entryId, @RequestParam(required = false) String inspectedOn,
                                        @RequestParam(required = false) String inspector,
                                        @RequestParam(required = false) String result,
                                        @RequestParam(required = false) String note,
                                        @RequestParam(required = false) MultipartFile file, Actor actor) {
        TextFields.line("inspectedOn", inspectedOn, 40);
        TextFields.line("inspector", inspector, ExposureRequests.MAX_INSPECTOR);
        TextFields.line("result", result, 20);
        TextFields.text("note", note, ExposureRequests.MAX_NOTE);
        ExposureAccess.requireEditor(actor);
        boolean fixed;
        if ("fixed".equals(result)) {
            fixed = true;
        } else if ("unfixed".equals(result)) {
            fixed = false;
        } else {
            throw new BadRequestException("复查结果应为已整改或未整改");
        }
        LocalDate day;
        try {
            day = inspectedOn == null ? null : LocalDate.parse(inspectedOn);
        } catch (DateTimeParseException e) {
            throw new BadRequestException("复查日期 '" + inspectedOn + "' 不是日期：应形如 2026-12-01");
        }
        byte[] photo = file == null || file.isEmpty() ? null : uploads.read(file);
        FollowUp f = rectifications.followUp(entryId, day, inspector, fixed, note, photo, uploads, actor);
        CityCase c = cases.find(f.caseId()).orElseThrow();
        Map<String, Object> json = ExposureJson.followUp(f);
        json.put("caseState", c.state().id());
        json.put("caseStateLabel", c.state().label());
        return json;
    }

    @GetMapping("/{entryId}/follow-ups")
    public Map<String, Object> followUps(@PathVariable long entryId, Actor actor) {
        requireSee(entryId, actor);
        return Map.of("followUps", rectifications.followUps(entryId).stream().map(ExposureJson::followUp).toList());
    }

    /** The period read back from its snapshot, checked against the hash recorded at publication. */
    private PublishedPeriods.Read verified(Period p) {
        return published.read(publishers.find(p.publisherId()).orElseThrow(), p);
    }

    /** 404 or 403 as the entry's place says; 409 when its period's snapshot was changed after publication. */
    private void requireSee(long entryId, Actor actor) {
        Rectifications.Published found = rectifications.published(entryId);
        PublishedPeriod content = verified(found.period()).orRefuse().content();
        content.entries().stream().filter(x -> x.seq() == found.entry().seq()).findFirst()
                .ifPresent(shown -> ExposureAccess.requireSee(actor, shown));
    }
}
