package cn.luodian.api.security;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;

/**
 * Which signed-in sessions no longer stand: a user disabled, given another role or scope, or given a
 * new password since they signed in. Each sign-in takes a number from one counter; a change to a
 * user takes the next one, and sessions of that user signed in before it are refused at their next
 * request ({@link RevokedSessionFilter}). In memory: it covers the server the change was made on
 * (a server started later loads the user afresh at each sign-in anyway).
 */
@Component
public class SessionRevocations {
    private final AtomicLong clock = new AtomicLong();
    private final ConcurrentHashMap<String, Long> revokedAt = new ConcurrentHashMap<>();

    /** The number a new sign-in carries. */
    long signIn() {
        return clock.incrementAndGet();
    }

    /** Ends every session of {@code username} signed in until now. */
    void revoke(String username) {
        revokedAt.put(username, clock.incrementAndGet());
    }

    boolean isRevoked(String username, long signedInAt) {
        Long at = revokedAt.get(username);
        return at != null && at > signedInAt;
    }
}
