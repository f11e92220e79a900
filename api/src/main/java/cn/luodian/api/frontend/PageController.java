package cn.luodian.api.frontend;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The workspace, the exposure desk and the 派遣单 page, as {@link VersionedPages} rewrote them. They
 * stay {@code no-cache} (revalidated by ETag, 304 when unchanged): a page is what brings a new
 * release's version to the browser. Who may open them is SecurityConfig's business, as before.
 */
@Controller
@ConditionalOnWebApplication
class PageController {
    /** The request attribute security's header writer reads (a string, so neither package uses the other). */
    static final String SCRIPT_HASHES = "luodian.csp.script-hashes";
    private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8);
    private final VersionedPages pages;

    PageController(VersionedPages pages) {
        this.pages = pages;
    }

    @GetMapping({"/", "/index.html"})
    ResponseEntity<byte[]> workspace() {
        return send("index.html");
    }

    @GetMapping("/exposure-desk.html")
    ResponseEntity<byte[]> exposureDesk() {
        return send("exposure-desk.html");
    }

    @GetMapping("/case-sheet.html")
    ResponseEntity<byte[]> caseSheet() {
        return send("case-sheet.html");
    }

    private ResponseEntity<byte[]> send(String name) {
        VersionedPages.Page page = pages.page(name);
        // SecurityConfig's Content-Security-Policy allows these inline scripts (the import map) and no others.
        RequestContextHolder.currentRequestAttributes().setAttribute(SCRIPT_HASHES, page.scriptHashes(),
                RequestAttributes.SCOPE_REQUEST);
        return ResponseEntity.ok().contentType(HTML).cacheControl(CacheControl.noCache()).eTag(page.etag()).body(page.html());
    }
}
