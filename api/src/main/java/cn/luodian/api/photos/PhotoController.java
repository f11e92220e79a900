package cn.luodian.api.photos;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Photos of a case: multipart upload (through {@link SafeImages}: decoded whole, stored re-encoded),
 * list, and the bytes served back by id with their type and {@code nosniff} — only to those who may
 * see the case.
 */
@RestController
public class PhotoController {
    private final CaseService cases;
    private final PhotoRepository photos;
    private final PhotoFiles files;
    private final PhotoUploads uploads;
    private final Clock clock;
    private final TransactionTemplate transactions;
    private final AuditLog audit;

    public PhotoController(CaseService cases, PhotoRepository photos, PhotoFiles files, PhotoUploads uploads, Clock clock,
                           TransactionTemplate transactions, AuditLog audit) {
        this.cases = cases;
        this.photos = photos;
        this.files = files;
        this.uploads = uploads;
        this.clock = clock;
        this.transactions = transactions;
        this.audit = audit;
    }

    @PostMapping(path = "/api/v1/cases/{id}/photos", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    public ResponseEntity<Map<String, Object>> upload(@PathVariable long id, @RequestParam("file") MultipartFile file,
                                                      @RequestParam(defaultValue = "before") String stage, Actor actor) {
        cases.get(id, actor);
        if (actor.role() == Role.PLANNER) {
            throw new ForbiddenException("分析研判人员不能上传照片");
        }
        Photo.Stage parsedStage;
        try {
            parsedStage = Photo.Stage.parse(stage);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        CleanImage clean = uploads.clean(uploads.read(file));
        PhotoRef stored = uploads.store(clean);
        String hash = stored.sha256();
        long photoId = transactions.execute(status -> {
            long inserted = photos.insert(id, parsedStage, hash, stored.type(), clean.bytes().length, actor.username(),
                    clock.instant());
            audit.record(actor, "case.photo", "case", String.valueOf(id), Map.of("photoId", inserted, "stage",
                    parsedStage.id(), "sha256", hash));
            return inserted;
        });
        Photo photo = photos.find(id, photoId).orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/cases/" + id + "/photos/" + photoId)).body(json(photo));
    }

    @GetMapping("/api/v1/cases/{id}/photos")
    public Map<String, Object> list(@PathVariable long id, Actor actor) {
        cases.get(id, actor);
        List<Map<String, Object>> list = photos.list(id).stream().map(PhotoController::json).toList();
        return Map.of("photos", list);
    }

    @GetMapping("/api/v1/cases/{id}/photos/{photoId}")
    public ResponseEntity<byte[]> content(@PathVariable long id, @PathVariable long photoId, Actor actor) {
        cases.get(id, actor);
        Photo photo = photos.find(id, photoId).orElseThrow(() -> new NotFoundException("该案件没有这张照片（照片编号 " + photoId + "）"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(photo.type().mediaType()))
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noCache().cachePrivate())
                .eTag(photo.sha256())
                .body(files.read(photo.sha256(), photo.type()));
    }

    static Map<String, Object> json(Photo photo) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", photo.id());
        json.put("stage", photo.stage().id());
        json.put("mediaType", photo.type().mediaType());
        json.put("sizeBytes", photo.sizeBytes());
        json.put("sha256", photo.sha256());
        json.put("uploadedBy", photo.uploadedBy());
        json.put("uploadedAt", photo.uploadedAt().toString());
        json.put("url", "/api/v1/cases/" + photo.caseId() + "/photos/" + photo.id());
        return json;
    }
}
