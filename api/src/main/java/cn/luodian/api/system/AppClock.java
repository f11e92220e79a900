package cn.luodian.api.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The application's clock: the system clock, except on a thread that has pinned it to another
 * instant — how the demo's sample cases are replayed at the times they happened without touching
 * the time that concurrent requests see.
 */
public final class AppClock extends Clock {
    private final Clock base;
    private final ThreadLocal<Instant> pinned = new ThreadLocal<>();

    public AppClock(Clock base) {
        this.base = base;
    }

    /** From now on this thread sees {@code instant}, until {@link #unpin()}. */
    public void pin(Instant instant) {
        pinned.set(instant);
    }

    public void unpin() {
        pinned.remove();
    }

    @Override
    public ZoneId getZone() {
        return base.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new AppClock(base.withZone(zone));
    }

    @Override
    public Instant instant() {
        Instant instant = pinned.get();
        return instant != null ? instant : base.instant();
    }
}
