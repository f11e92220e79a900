package cn.luodian.api.security;

import cn.luodian.api.system.LuodianProperties;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords per account and per client address ({@code luodian.security.login}): so many within
 * the window lock the account or the address for the lock duration, and while locked a sign-in is
 * refused before its password is checked (no bcrypt work, no answer to learn from). The lock is
 * audited ({@code user.lock}, {@code address.lock}) once, when it starts.
 *
 * <p>In memory, not in the database: a lock lasts minutes, a restart is not something an attacker
 * can cause from outside, and writing a row per wrong password would hand a password-guessing
 * flood a database write per request. Each map holds at most {@value #MAX_TRACKED} keys; past that,
 * stale keys go first and new ones are not tracked until there is room (the other map still
 * counts). Names that cannot be usernames are counted by address only.
 */
@Component
public class LoginThrottle {
    static final int MAX_TRACKED = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);

    private final LuodianProperties.Login settings;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<String, Failures> byAccount = new ConcurrentHashMap<>();
    private final Map<String, Failures> byAddress = new ConcurrentHashMap<>();

    public LoginThrottle(LuodianProperties properties, AuditLog audit, ObjectProvider<Clock> clock) {
        this.settings = properties.security().login();
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Why a sign-in as {@code username} from {@code address} is refused now, and for how long; empty when it is not. */
    public Optional<Refusal> refusal(String username, String address) {
        Instant now = clock.instant();
        Duration account = remaining(byAccount.get(key(username)), now);
        Duration from = remaining(byAddress.get(address), now);
        if (account.isZero() && from.isZero()) {
            return Optional.empty();
        }
        boolean accountLocked = account.compareTo(from) >= 0;
        Duration wait = accountLocked ? account : from;
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        String message = (accountLocked ? "该账号" : "您所在的网络地址") + "密码错误次数过多，已暂时锁定，请 " + minutes
                + " 分钟后再试；如忘记密码，请联系系统管理员重置";
        return Optional.of(new Refusal(message, wait));
    }

    /** One wrong password for {@code username} from {@code address}; starts (and audits) a lock at the limit. */
    public void failed(String username, String address) {
        Instant now = clock.instant();
        String account = key(username);
        if (account != null && count(byAccount, account, now, settings.maxFailuresPerAccount())) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("failures", settings.maxFailuresPerAccount());
            detail.put("address", address);
            detail.put("until", now.plus(settings.lockDuration()).toString());
            record("user.lock", "user", account, detail);
        }
        if (address != null && count(byAddress, address, now, settings.maxFailuresPerAddress())) {
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("failures", settings.maxFailuresPerAddress());
            detail.put("username", account);
            detail.put("until", now.plus(settings.lockDuration()).toString());
            record("address.lock", "address", address, detail);
        }
    }

    /** A right password: the account's wrong ones are forgotten (the address's stay, they may be others'). */
    public void succeeded(String username) {
        String account = key(username);
        if (account != null) {
            Failures f = byAccount.get(account);
            if (f != null && !f.lockedAt(clock.instant())) {
                byAccount.remove(account);
            }
        }
    }

    /** The administrator reset the password or enabled the account: its lock and failures end. */
    void unlock(String username) {
        String account = key(username);
        if (account != null) {
            byAccount.remove(account);
        }
    }

    /** The lock holds even when its audit entry cannot be written (the database is away): logged instead. */
    private void record(String action, String type, String id, Map<String, Object> detail) {
        try {
            audit.record(Actor.system("登录保护"), action, type, id, detail);
        } catch (RuntimeException e) {
            LOG.warn("could not audit {} of {} {}: {}", action, type, id, e.toString());
        }
    }

    /** True when this failure starts a lock. */
    private boolean count(Map<String, Failures> map, String key, Instant now, int limit) {
        Failures f = map.get(key);
        if (f == null) {
            if (map.size() >= MAX_TRACKED) {
                map.values().removeIf(old -> old.isStale(now, settings.failureWindow()));
                if (map.size() >= MAX_TRACKED) {
                    return false;
                }
            }
            f = map.computeIfAbsent(key, k -> new Failures());
        }
        return f.add(now, limit, settings.failureWindow(), settings.lockDuration());
    }

    private static Duration remaining(Failures f, Instant now) {
        return f == null ? Duration.ZERO : f.remaining(now);
    }

    /** The account a name would be, or null for a name no user can have (counted by address only). */
    private static String key(String username) {
        if (username == null) {
            return null;
        }
        String lower = username.strip().toLowerCase(Locale.ROOT);
        return NewUser.USERNAME.matcher(lower).matches() ? lower : null;
    }

    /** The refusal's Chinese sentence and how long until the lock ends. */
    public record Refusal(String message, Duration retryAfter) {
    }

    /** The recent failure times of one key (at most the limit) and the end of its lock. */
    private static final class Failures {
        private final ArrayDeque<Instant> times = new ArrayDeque<>();
        private Instant lockedUntil = Instant.MIN;

        synchronized boolean add(Instant now, int limit, Duration window, Duration lock) {
            if (now.isBefore(lockedUntil)) {
                return false;
            }
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            times.addLast(now);
            if (times.size() >= limit) {
                times.clear();
                lockedUntil = now.plus(lock);
                return true;
            }
            return false;
        }

        synchronized Duration remaining(Instant now) {
            return now.isBefore(lockedUntil) ? Duration.between(now, lockedUntil) : Duration.ZERO;
        }

        synchronized boolean lockedAt(Instant now) {
            return now.isBefore(lockedUntil);
        }

        synchronized boolean isStale(Instant now, Duration window) {
            return !now.isBefore(lockedUntil) && (times.isEmpty() || !times.peekLast().isAfter(now.minus(window)));
        }
    }
}
