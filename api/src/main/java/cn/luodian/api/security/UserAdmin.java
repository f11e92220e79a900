package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's changes to existing users: role and scope, disable and enable, a temporary
 * password. Each is checked, written and audited in one transaction; a change that leaves the
 * installation without an enabled administrator, or an administrator disabling or demoting
 * themself, is refused (409). The user's open sessions end at their next request.
 */
@Service
public class UserAdmin {
    private final UserStore store;
    private final AuditLog audit;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final SessionRevocations revocations;
    private final LoginThrottle throttle;

    public UserAdmin(UserStore store, AuditLog audit, PasswordEncoder passwords, TransactionTemplate transactions,
                     SessionRevocations revocations, LoginThrottle throttle) {
        this.throttle = throttle;
        this.store = store;
        this.audit = audit;
        this.passwords = passwords;
        this.transactions = transactions;
        this.revocations = revocations;
    }

    public UserRecord update(Actor by, String username, UserChange change) {
        requireAdmin(by);
        UserChange.Checked checked = change.checked(username);
        UserRecord user = transactions.execute(status -> {
            UserRecord before = find(username);
            if (checked.unitId() != null && !store.unitExists(checked.unitId())) {
                throw new BadRequestException("没有编号为 " + checked.unitId() + " 的责任单位");
            }
            if (before.role() == Role.ADMIN && checked.role() != Role.ADMIN) {
                if (by.username().equals(username)) {
                    throw new ConflictException("不能取消自己的系统管理员角色");
                }
                refuseLastAdmin(before);
            }
            store.update(username, checked.role(), checked.displayName(), checked.scopeCode(), checked.unitId());
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("role", checked.role().name());
            detail.put("displayName", checked.displayName());
            detail.put("scopeCode", checked.scopeCode());
            detail.put("unitId", checked.unitId());
            audit.record(by, "user.update", "user", username, detail);
            return find(username);
        });
        revocations.revoke(username);
        return user;
    }

    public UserRecord setEnabled(Actor by, String username, boolean enabled) {
        requireAdmin(by);
        if (!enabled && by.username().equals(username)) {
            throw new ConflictException("不能停用自己的账号");
        }
        UserRecord user = transactions.execute(status -> {
            UserRecord before = find(username);
            if (before.enabled() == enabled) {
                throw new ConflictException("用户 " + username + " 已经是" + (enabled ? "启用" : "停用") + "状态");
            }
            if (!enabled) {
                refuseLastAdmin(before);
            }
            store.setEnabled(username, enabled);
            audit.record(by, enabled ? "user.enable" : "user.disable", "user", username, Map.of());
            return find(username);
        });
        revocations.revoke(username);
        if (enabled) {
            throttle.unlock(username);
        }
        return user;
    }

    /** Sets a temporary password the administrator hands over; never stored in clear, never audited. */
    public void resetPassword(Actor by, String username, String password) {
        requireAdmin(by);
        PasswordRule.check(password, username, "临时密码");
        String hash = passwords.encode(password);
        transactions.executeWithoutResult(status -> {
            find(username);
            store.setPasswordHash(username, hash);
            audit.record(by, "user.password-reset", "user", username, Map.of());
        });
        revocations.revoke(username);
        // The locked-out user's way back in: the temporary password works at once.
        throttle.unlock(username);
    }

    public List<UserRecord> list(Actor by) {
        requireAdmin(by);
        return store.listAll();
    }

    private void refuseLastAdmin(UserRecord user) {
        if (user.role() == Role.ADMIN && user.enabled()) {
            List<String> admins = store.lockEnabledAdmins();
            if (admins.size() <= 1) {
                throw new ConflictException("不能停用或降级唯一启用的系统管理员：请先让另一位用户成为系统管理员");
            }
        }
    }

    private UserRecord find(String username) {
        if (username == null || !NewUser.USERNAME.matcher(username).matches()) {
            throw new NotFoundException("没有该用户");
        }
        return store.findByUsername(username).orElseThrow(() -> new NotFoundException("没有用户 " + username));
    }

    private static void requireAdmin(Actor by) {
        if (by.role() != Role.ADMIN) {
            throw new ForbiddenException("只有系统管理员可以管理用户");
        }
    }
}
