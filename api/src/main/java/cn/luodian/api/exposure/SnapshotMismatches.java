package cn.luodian.api.exposure;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/**
 * Reports a published period found changed after publication: an ERROR in the log and one audit
 * entry ({@code exposure.period.mismatch}) per period and stored content, once per server run. Once,
 * because the pages that find it are public: every anonymous request for them must not write a row.
 */
@Component
class SnapshotMismatches {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotMismatches.class);
    private static final Actor CHECK = Actor.system("snapshot-check");
    /**
     * Bounds what anonymous requests can make this remember. Past it nothing more is reported (the
     * pages still refuse): ten thousand changed snapshots have raised the alarm long before.
     */
    private static final int MAX_REMEMBERED = 10_000;

    private final AuditLog audit;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    SnapshotMismatches(AuditLog audit) {
        this.audit = audit;
    }

    void report(Publisher publisher, Period period, String storedHash, String why) {
        String key = period.id() + ":" + storedHash;
        if (reported.size() >= MAX_REMEMBERED || !reported.add(key)) {
            return;
        }
        LOG.error("TAMPERED: published exposure period {} ({} no. {} revision {}) {}; recorded hash {}, stored content"
                        + " hashes to {}. Its public pages answer 409 until it is restored.", period.id(), publisher.code(),
                period.number(), period.revision(), why, period.contentHash(), storedHash);
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("publisher", publisher.code());
        detail.put("number", period.number());
        detail.put("revision", period.revision());
        detail.put("recordedHash", period.contentHash());
        detail.put("storedHash", storedHash);
        detail.put("reason", why);
        try {
            audit.record(CHECK, "exposure.period.mismatch", "exposure_period", String.valueOf(period.id()), detail);
        } catch (DataAccessException e) {
            // The refusal stands without its audit row; the log above already has the facts.
            LOG.error("could not write the audit entry of tampered exposure period {}", period.id(), e);
        }
    }
}
