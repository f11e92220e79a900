package cn.luodian.api.system;

import java.time.Duration;

/**
 * 429: too many attempts (wrong passwords) from this account or address; the Chinese message says
 * how long to wait, and {@link #retryAfter} goes into the {@code Retry-After} header.
 */
public class TooManyRequestsException extends RuntimeException {
    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
