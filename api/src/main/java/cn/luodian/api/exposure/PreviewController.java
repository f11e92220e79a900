package cn.luodian.api.exposure;

import cn.luodian.api.cases.CaseLookup;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A draft as it will be published (the same page renderer), for the supervisor only: its photos
 * are not public yet, and its maps are drawn on request instead of being frozen.
 */
@RestController
@RequestMapping("/api/v1/exposure/periods/{id}")
public class PreviewController {
    private final PeriodService service;
    private final PublisherRepository publishers;
    private final EntryRepository entries;
    private final EntryViews views;
    private final CaseLookup cases;
    private final LocationMap maps;
    private final PhotoFiles files;
    private final PublishedPeriods published;

    public PreviewController(PeriodService service, PublisherRepository publishers, EntryRepository entries, EntryViews views,
                             CaseLookup cases, LocationMap maps, PhotoFiles files, PublishedPeriods published) {
        this.published = published;
        this.service = service;
        this.publishers = publishers;
        this.entries = entries;
        this.views = views;
        this.cases = cases;
        this.maps = maps;
        this.files = files;
    }

    @GetMapping(path = "/preview", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> preview(@PathVariable long id, Actor actor) {
        ExposureAccess.requireEditor(actor);
        Period p = service.get(id);
        Publisher publisher = publishers.find(p.publisherId()).orElseThrow();
        if (p.state() == PeriodState.PUBLISHED) {
            PublishedPeriods.Read read = published.read(publisher, p);
            if (!read.verified()) {
                // Checked as on the public page: the editor sees the refusal, not the changed text.
                return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore())
                        .body(RefusedPage.render(new SnapshotMismatch(publisher, p)));
            }
            return ResponseEntity.ok(PeriodPage.render(read.content(), PhotoLinks.PUBLISHED, p.contentHash(),
                    List.of(p.revision())));
        }
        Map<Integer, Long> entryIdsBySeq = entries.list(p.id()).stream().collect(Collectors.toMap(Entry::seq, Entry::id));
        return ResponseEntity.ok(PeriodPage.render(views.preview(publisher, p, null), PhotoLinks.preview(id, entryIdsBySeq),
                null, List.of()));
    }

    @GetMapping("/files/{sha256:[0-9a-f]{64}}.{ext:[a-z]+}")
    public ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable String sha256, @PathVariable String ext, Actor actor) {
        ExposureAccess.requireEditor(actor);
        PhotoRef ref = entries.list(service.get(id).id()).stream()
                .flatMap(e -> java.util.stream.Stream.of(e.photo(), e.after()))
                .filter(r -> r != null && r.sha256().equals(sha256) && r.type().extension().equals(ext)).findFirst()
                .orElseThrow(() -> new NotFoundException("这一期没有这张照片（" + sha256 + "）"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ref.type().mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate()).body(files.read(ref.sha256(), ref.type()));
    }

    @GetMapping(path = "/entries/{entryId}/map.png", produces = MediaType.IMAGE_PNG_VALUE)
    public ResponseEntity<byte[]> map(@PathVariable long id, @PathVariable long entryId, Actor actor) {
        ExposureAccess.requireEditor(actor);
        Entry e = service.entryOf(service.get(id), entryId);
        CityCase c = cases.find(e.caseId()).orElseThrow();
        return ResponseEntity.ok().cacheControl(CacheControl.noCache().cachePrivate()).body(maps.png(c.lon(), c.lat()));
    }
}
