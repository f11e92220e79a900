package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.api.system.TooManyRequestsException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A signed-in user changes their own password ({@code POST /api/v1/users/me/password}): the current
 * password proves it is them (a wrong one counts as a failed sign-in in {@link LoginThrottle}, so a
 * session left open cannot be used to guess it), the new one passes {@link PasswordRule}; written
 * and audited ({@code user.password-change}, no password in it) in one transaction. Every session of
 * the user, this one included, ends at its next request: they sign in again with the new password.
 */
@Service
public class OwnPassword {
    private final UserStore store;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final SessionRevocations revocations;
    private final LoginThrottle throttle;

    public OwnPassword(UserStore store, AuditLog audit, PasswordEncoder passwords, TransactionTemplate transactions,
                       SessionRevocations revocations, LoginThrottle throttle) {
        this.store = store;
        this.audit = audit;
        this.passwords = passwords;
        this.transactions = transactions;
        this.revocations = revocations;
        this.throttle = throttle;
    }

    /** {@code address}: the client's, for the throttle. */
    public void change(Actor actor, String current, String next, String address) {
        String username = actor.username();
        throttle.refusal(username, address).ifPresent(refusal -> {
            throw new TooManyRequestsException(refusal.message(), refusal.retryAfter());
        });
        UserRecord user = store.findByUsername(username).orElseThrow(() -> new NotFoundException("用户 " + username + " 已不存在"));
        if (current == null || current.isEmpty()) {
            throw new BadRequestException("请填写当前密码");
        }
        // bcrypt reads at most 72 bytes: a longer "current password" is not this user's.
        if (current.getBytes(StandardCharsets.UTF_8).length > PasswordRule.MAX_BYTES
                || !passwords.matches(current, user.passwordHash())) {
            throttle.failed(username, address);
            throw new BadRequestException("当前密码不正确");
        }
        PasswordRule.check(next, username, "新密码");
        if (next.equals(current)) {
            throw new BadRequestException("新密码不能与当前密码相同");
        }
        String hash = passwords.encode(next);
        transactions.executeWithoutResult(status -> {
            store.setPasswordHash(username, hash);
            audit.record(actor, "user.password-change", "user", username, Map.of());
        });
        revocations.revoke(username);
    }
}
