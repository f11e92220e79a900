package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/audit}: the audit log for administrators ({@link SecurityConfig}), filtered by
 * person ({@code actor}), entity ({@code entityType} + {@code entityId}, such as {@code case} and a
 * case's id) and time ({@code from}, {@code to}: ISO-8601 instants), newest first, at most
 * {@code limit} (default 100, at most 500).
 */
@RestController
@RequestMapping("/api/v1/audit")
class AuditController {
    private static final int MAX_TEXT = 64;

    private final AuditLog audit;
    private final ActorNames names;

    AuditController(AuditLog audit, ActorNames names) {
        this.audit = audit;
        this.names = names;
    }

    @GetMapping
    Map<String, Object> search(@RequestParam(required = false) String actor,
                               @RequestParam(required = false) String entityType,
                               @RequestParam(required = false) String entityId,
                               @RequestParam(required = false) String from,
                               @RequestParam(required = false) String to,
                               @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > AuditQuery.MAX_LIMIT) {
            throw new BadRequestException("条数应为 1 到 " + AuditQuery.MAX_LIMIT);
        }
        AuditQuery query = new AuditQuery(text("actor", actor), text("entityType", entityType), text("entityId", entityId),
                instant("from", from), instant("to", to), limit);
        List<Map<String, Object>> entries = audit.search(query).stream().map(this::json).toList();
        return Map.of("entries", entries);
    }

    private Map<String, Object> json(AuditEntry e) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", e.id());
        json.put("at", e.at().toString());
        json.put("actor", e.actor());
        json.put("actorName", names.nameOf(e.actor()));
        json.put("action", e.action());
        json.put("entityType", e.entityType());
        json.put("entityId", e.entityId());
        json.put("detail", e.detailJson());
        return json;
    }

    /** A filter value: blank is no filter; control characters and long text are refused. */
    private static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        TextFields.line(name, value, MAX_TEXT);
        return value.strip();
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(name + " 应为 ISO-8601 时间，如 2026-12-01T00:00:00Z");
        }
    }
}
