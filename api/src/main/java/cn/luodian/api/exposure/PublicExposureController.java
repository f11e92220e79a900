package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoFiles;
import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.api.system.PublicUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The public side, no sign-in: the index of published periods, each period's page, PDF, GeoJSON
 * and CSV, the Atom feed, and the files (photos, maps) that published periods show. Everything is
 * read from the frozen snapshots, so it never changes once published (an ETag of the content hash).
 * A snapshot that fails its hash check ({@link PublishedPeriods}) is never shown: the page answers a
 * Chinese page with 409, the PDF, GeoJSON and CSV a problem+json 409, the index and the feed leave
 * its content out.
 */
@RestController
public class PublicExposureController {
    private static final String PUBLISHER = "{publisher:[a-z][a-z0-9-]+}";
    private static final MediaType HTML = MediaType.parseMediaType("text/html;charset=UTF-8");

    private final PublishedPeriods published;
    private final PeriodRepository periods;
    private final PeriodPdf pdf;
    private final PhotoFiles files;

    private final PublicUrls urls;

    public PublicExposureController(PublishedPeriods published, PeriodRepository periods, PeriodPdf pdf, PhotoFiles files,
                                    PublicUrls urls) {
        this.urls = urls;
        this.published = published;
        this.periods = periods;
        this.pdf = pdf;
        this.files = files;
    }

    @GetMapping({"/exposure", "/exposure/"})
    public ResponseEntity<String> index() {
        return ResponseEntity.ok().contentType(HTML).body(IndexPage.render(sections(published.publishers())));
    }

    @GetMapping("/exposure/" + PUBLISHER)
    public ResponseEntity<String> publisherIndex(@PathVariable String publisher) {
        return ResponseEntity.ok().contentType(HTML).body(IndexPage.render(sections(List.of(published.publisher(publisher)))));
    }

    @GetMapping("/exposure/" + PUBLISHER + "/{number:\\d+}")
    public ResponseEntity<String> page(@PathVariable String publisher, @PathVariable int number,
                                       @RequestParam(required = false) Integer revision) {
        PublishedPeriods.Read read;
        try {
            read = published.get(publisher, number, revision);
        } catch (SnapshotMismatch refusal) {
            // The page is read by people in a browser: a page in Chinese, not problem+json.
            return ResponseEntity.status(HttpStatus.CONFLICT).cacheControl(CacheControl.noStore()).contentType(HTML)
                    .body(RefusedPage.render(refusal));
        }
        String html = PeriodPage.render(read.content(), PhotoLinks.PUBLISHED, read.period().contentHash(),
                published.revisions(read.publisher(), number));
        return frozen(read).contentType(HTML).body(html);
    }

    @GetMapping("/exposure/" + PUBLISHER + "/{number:\\d+}.pdf")
    public ResponseEntity<byte[]> pdf(@PathVariable String publisher, @PathVariable int number,
                                      @RequestParam(required = false) Integer revision) {
        PublishedPeriods.Read read = published.get(publisher, number, revision);
        String name = publisher + "-" + number + (read.period().revision() == 0 ? "" : "-r" + read.period().revision()) + ".pdf";
        byte[] bytes = pdf.render(read.content(), read.period().contentHash());
        // The PDF is reproducible, so the hash of its bytes is a true validator (it changes with the renderer).
        return ResponseEntity.ok().eTag(PhotoFiles.sha256(bytes)).cacheControl(CacheControl.noCache())
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(name).build().toString())
                .body(bytes);
    }

    @GetMapping("/exposure/" + PUBLISHER + "/{number:\\d+}.geojson")
    public ResponseEntity<String> geoJson(@PathVariable String publisher, @PathVariable int number,
                                          @RequestParam(required = false) Integer revision) {
        PublishedPeriods.Read read = published.get(publisher, number, revision);
        return frozen(read).contentType(MediaType.parseMediaType("application/geo+json"))
                .body(PeriodExports.geoJson(read.content(), read.period().contentHash()));
    }

    @GetMapping("/exposure/" + PUBLISHER + "/{number:\\d+}.csv")
    public ResponseEntity<byte[]> csv(@PathVariable String publisher, @PathVariable int number,
                                      @RequestParam(required = false) Integer revision) {
        PublishedPeriods.Read read = published.get(publisher, number, revision);
        String name = publisher + "-" + number + ".csv";
        return frozen(read).contentType(MediaType.parseMediaType("text/csv;charset=UTF-8"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(PeriodExports.csv(read.content()));
    }

    @GetMapping(path = "/exposure/feed.atom", produces = "application/atom+xml;charset=UTF-8")
    public String feed(HttpServletRequest request) {
        // Not the Host header, which any client sets: configured, trusted-proxy or root-relative links (PublicUrls).
        String base = urls.base(request);
        List<ExposureFeed.Item> items = new ArrayList<>();
        for (Publisher p : published.publishers()) {
            for (Period period : periods.published(p.id())) {
                PublishedPeriods.Read read = published.read(p, period);
                // A changed snapshot is left out of the feed (and reported), as its pages refuse it.
                if (read.verified()) {
                    items.add(new ExposureFeed.Item(p, period, PeriodPage.summary(read.content())));
                }
            }
        }
        items.sort(Comparator.comparing((ExposureFeed.Item i) -> i.period().publishedAt()).reversed());
        return ExposureFeed.render(items, base);
    }

    @GetMapping("/exposure/files/{sha256:[0-9a-f]{64}}.{ext:[a-z]+}")
    public ResponseEntity<byte[]> file(@PathVariable String sha256, @PathVariable String ext) {
        PhotoRef ref = periods.findPublicFile(sha256).filter(r -> r.type().extension().equals(ext))
                .orElseThrow(() -> new NotFoundException("没有已发布的文件 " + sha256 + "." + ext));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(ref.type().mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()).eTag(sha256)
                .body(files.read(ref.sha256(), ref.type()));
    }

    @GetMapping(path = "/exposure/exposure.css", produces = "text/css;charset=UTF-8")
    public ResponseEntity<String> stylesheet() {
        try (InputStream in = getClass().getResourceAsStream("/exposure/exposure.css")) {
            return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
                    .body(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ResponseEntity.BodyBuilder frozen(PublishedPeriods.Read read) {
        return ResponseEntity.ok().eTag(read.period().contentHash()).cacheControl(CacheControl.noCache());
    }

    private List<IndexPage.Section> sections(List<Publisher> publishers) {
        List<IndexPage.Section> sections = new ArrayList<>();
        for (Publisher p : publishers) {
            List<IndexPage.Listed> listed = new ArrayList<>();
            for (PublishedPeriods.Read r : published.latest(p)) {
                if (!r.verified()) {
                    listed.add(IndexPage.Listed.refused(r.period().number(), r.period().revision()));
                    continue;
                }
                listed.add(new IndexPage.Listed(r.period().number(), r.period().revision(), r.content().title(),
                        r.content().issueDate().toString(), r.content().entries().size(), r.content().demo(), false));
            }
            sections.add(new IndexPage.Section(p, listed));
        }
        return sections;
    }
}
