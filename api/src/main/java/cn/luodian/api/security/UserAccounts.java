package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The people who sign in: creating them (checked, password hashed, audited in the same
 * transaction) and looking them up for Spring Security.
 */
@Service
public class UserAccounts implements UserDetailsService {
    private final UserStore store;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final SessionRevocations revocations;

    public UserAccounts(UserStore store, AuditLog audit, PasswordEncoder passwords, TransactionTemplate transactions,
                        ObjectProvider<Clock> clock, SessionRevocations revocations) {
        this.store = store;
        this.revocations = revocations;
        this.audit = audit;
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Creates the user on behalf of {@code by}; 400 for a bad field, 409 when the name is taken. */
    public UserRecord create(Actor by, NewUser user) {
        user.check();
        return insert(by, user);
    }

    /**
     * A bundled demo user (示例) with its published password, which the password policy would refuse
     * as containing the username; everything else is checked as for {@link #create}.
     */
    public UserRecord createDemoUser(Actor by, NewUser user) {
        user.checkExceptThePasswordRule();
        return insert(by, user);
    }

    private UserRecord insert(Actor by, NewUser user) {
        Role role = user.parsedRole();
        String hash = passwords.encode(user.password());
        try {
            return transactions.execute(status -> {
                if (user.unitId() != null && !store.unitExists(user.unitId())) {
                    throw new BadRequestException("编号 " + user.unitId() + " 不是责任单位");
                }
                if (store.exists(user.username())) {
                    throw new ConflictException("用户 '" + user.username() + "' 已存在");
                }
                store.insert(user.username(), hash, role, user.displayNameOrUsername(), user.scopeCode(),
                        user.unitId(), clock.instant());
                Map<String, Object> detail = new LinkedHashMap<>();
                detail.put("role", role.name());
                detail.put("displayName", user.displayNameOrUsername());
                detail.put("scopeCode", user.scopeCode());
                detail.put("unitId", user.unitId());
                audit.record(by, "user.create", "user", user.username(), detail);
                return store.findByUsername(user.username()).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("用户 '" + user.username() + "' 已存在");
        }
    }

    public List<UserRecord> listAll() {
        return store.listAll();
    }

    public Optional<UserRecord> find(String username) {
        return store.findByUsername(username);
    }

    /** True when {@code password} is this user's password. */
    public boolean hasPassword(UserRecord user, String password) {
        return passwords.matches(password, user.passwordHash());
    }

    /** Stops the user from signing in, on behalf of {@code by} (the system: no checks of who acts). */
    public void disable(Actor by, String username) {
        transactions.executeWithoutResult(status -> {
            store.disable(username);
            audit.record(by, "user.disable", "user", username, Map.of());
        });
        revocations.revoke(username);
    }

    /**
     * The principal of a request signed some other way than by password (an API token): a sign-in of
     * its own on {@link SessionRevocations}' counter, with no password hash in it.
     */
    public UserDetails principalFor(UserRecord user) {
        SignedInUser principal = new SignedInUser(user, revocations.signIn());
        principal.eraseCredentials();
        return principal;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return store.findByUsername(username).map(user -> new SignedInUser(user, revocations.signIn()))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
