package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.photos.PhotoUploads;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.TextFields;
import cn.luodian.api.system.NotFoundException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Composing, reviewing and publishing periods (the supervisor's work), and reading published ones (anyone). */
@RestController
@RequestMapping("/api/v1/exposure")
public class ExposureController {
    private final PeriodService service;
    private final PeriodPublisher publisher;
    private final PublishedPeriods published;
    private final PeriodComposer composer;
    private final EntryViews views;
    private final EntryRepository entries;
    private final CaseLookup cases;
    private final PeriodRepository periods;
    private final PhotoUploads uploads;

    public ExposureController(PeriodService service, PeriodPublisher publisher, PublishedPeriods published,
                              PeriodComposer composer, EntryViews views, EntryRepository entries, CaseLookup cases,
                              PeriodRepository periods, PhotoUploads uploads) {
        this.service = service;
        this.publisher = publisher;
        this.published = published;
        this.composer = composer;
        this.views = views;
        this.entries = entries;
        this.cases = cases;
        this.periods = periods;
        this.uploads = uploads;
    }

    @GetMapping("/publishers")
    public Map<String, Object> publishers() {
        return Map.of("publishers", published.publishers().stream().map(ExposureJson::publisher).toList());
    }

    @PostMapping("/publishers")
    public ResponseEntity<Map<String, Object>> createPublisher(@RequestBody ExposureRequests.NewPublisher body, Actor actor) {
        body.check();
        Publisher p = service.createPublisher(body, actor, false);
        return ResponseEntity.created(URI.create("/api/v1/exposure/publishers/" + p.code())).body(ExposureJson.publisher(p));
    }

    @GetMapping("/periods")
    public Map<String, Object> list(@RequestParam(required = false) String publisher,
                                    @RequestParam(required = false) String state, Actor actor) {
        ExposureAccess.requireEditor(actor);
        TextFields.line("publisher", publisher, 40);
        TextFields.line("state", state, 20);
        Long publisherId = publisher == null ? null : service.getPublisher(publisher).id();
        PeriodState wanted = state == null ? null : ExposureInput.parse(() -> PeriodState.parse(state));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Period p : periods.list(publisherId, wanted)) {
            list.add(ExposureJson.period(p, publisherOf(p), null));
        }
        return Map.of("periods", list);
    }

    @PostMapping("/publishers/{code}/periods")
    public ResponseEntity<Map<String, Object>> create(@PathVariable String code,
                                                      @RequestBody(required = false) ExposureRequests.NewPeriod body,
                                                      Actor actor) {
        if (body != null) {
            body.check();
        }
        Period p = service.create(code, body == null ? new ExposureRequests.NewPeriod(null, null, null, null) : body, actor);
        return ResponseEntity.created(URI.create("/api/v1/exposure/periods/" + p.id())).body(detail(p));
    }

    @GetMapping("/periods/{id}")
    public Map<String, Object> get(@PathVariable long id, Actor actor) {
        ExposureAccess.requireEditor(actor);
        return detail(service.get(id));
    }

    @PutMapping("/periods/{id}")
    public Map<String, Object> update(@PathVariable long id, @RequestBody ExposureRequests.PeriodText body, Actor actor) {
        body.check();
        return detail(service.updateText(id, body, actor));
    }

    @GetMapping("/periods/{id}/proposals")
    public Map<String, Object> proposals(@PathVariable long id, Actor actor) {
        ExposureAccess.requireEditor(actor);
        Period p = service.get(id);
        return Map.of("proposals", composer.proposals(publisherOf(p), service.caseIds(id)));
    }

    @PostMapping("/periods/{id}/entries")
    public ResponseEntity<Map<String, Object>> addEntry(@PathVariable long id, @RequestBody ExposureRequests.NewEntry body,
                                                        Actor actor) {
        Entry e = service.addEntry(id, body, actor);
        return ResponseEntity.created(URI.create("/api/v1/exposure/periods/" + id + "/entries/" + e.id())).body(detail(service.get(id)));
    }

    @DeleteMapping("/periods/{id}/entries/{entryId}")
    public Map<String, Object> removeEntry(@PathVariable long id, @PathVariable long entryId, Actor actor) {
        service.removeEntry(id, entryId, actor);
        return detail(service.get(id));
    }

    @PostMapping(path = "/periods/{id}/entries/{entryId}/photo", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public Map<String, Object> entryPhoto(@PathVariable long id, @PathVariable long entryId,
                                          @RequestParam("file") MultipartFile file, Actor actor) {
        ExposureAccess.requireEditor(actor);
        service.setEntryPhoto(id, entryId, uploads.read(file), uploads, actor);
        return detail(service.get(id));
    }

    @PostMapping("/periods/{id}/transitions")
    public Map<String, Object> transition(@PathVariable long id, @RequestBody ExposureRequests.PeriodTransition body,
                                          Actor actor) {
        body.check();
        PeriodAction action = ExposureInput.parse(() -> PeriodAction.parse(body.action()));
        Period p = action == PeriodAction.PUBLISH ? publisher.publish(id, actor) : service.review(id, action, body.note(), actor);
        return detail(p);
    }

    @PostMapping("/periods/{id}/corrections")
    public ResponseEntity<Map<String, Object>> correct(@PathVariable long id, @RequestBody ExposureRequests.NewCorrection body,
                                                       Actor actor) {
        body.check();
        Period p = service.correct(id, body.note(), actor);
        return ResponseEntity.created(URI.create("/api/v1/exposure/periods/" + p.id())).body(detail(p));
    }

    /** A published period as stored: the snapshot, its hash, and whether the hash still matches. */
    @GetMapping("/published/{code}/{number}")
    public Map<String, Object> published(@PathVariable String code, @PathVariable int number,
                                         @RequestParam(required = false) Integer revision) {
        PublishedPeriods.Read read = published.get(code, number, revision);
        List<Map<String, Object>> list = read.content().entries().stream()
                .map(e -> ExposureJson.entry(e, null, null, null, PhotoLinks.PUBLISHED)).toList();
        Map<String, Object> json = ExposureJson.period(read.period(), read.publisher(), list);
        json.remove("previewUrl");
        json.remove("createdBy");
        json.remove("submittedBy");
        json.put("verified", read.verified());
        json.put("snapshot", read.period().snapshot());
        return json;
    }

    private Map<String, Object> detail(Period p) {
        Publisher pub = publisherOf(p);
        if (p.state() == PeriodState.PUBLISHED) {
            // Checked against its hash as on the public pages: a changed snapshot is refused here too (409).
            PublishedPeriod content = published.read(pub, p).orRefuse().content();
            List<Entry> rows = entries.list(p.id());
            List<Map<String, Object>> list = new ArrayList<>();
            for (int i = 0; i < content.entries().size(); i++) {
                Entry row = rows.get(i);
                String state = cases.find(row.caseId()).map(c -> c.state().id()).orElse(null);
                list.add(ExposureJson.entry(content.entries().get(i), row.id(), row.caseId(), state, PhotoLinks.PUBLISHED));
            }
            return ExposureJson.period(p, pub, list);
        }
        List<Map<String, Object>> list = new ArrayList<>();
        PhotoLinks links = PhotoLinks.preview(p.id());
        for (Entry e : entries.list(p.id())) {
            CityCase c = cases.find(e.caseId()).orElseThrow();
            list.add(ExposureJson.entry(views.view(pub, p, e), e.id(), c.id(), c.state().id(), links));
        }
        return ExposureJson.period(p, pub, list);
    }

    private Publisher publisherOf(Period p) {
        return published.publishers().stream().filter(x -> x.id() == p.publisherId()).findFirst()
                .orElseThrow(() -> new NotFoundException(p.label() + "没有发布单位"));
    }
}
