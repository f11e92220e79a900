/**
 * People, permissions and the audit log.
 *
 * <p>For other packages: a controller method declares a parameter {@link cn.luodian.api.security.Actor}
 * to get the signed-in user ({@link cn.luodian.api.security.ActorArgumentResolver}; 401 when
 * nobody is), and records every change with {@link cn.luodian.api.security.AuditLog#record} inside
 * its own transaction. {@link cn.luodian.api.security.SecurityConfig} says which paths need a
 * sign-in; {@link cn.luodian.api.security.UserAccounts} holds the users (bcrypt hashes).
 *
 * <p>Inside: the storage of users ({@code UserStore}) and of the append-only {@code audit_log}
 * ({@code AuditLogStore}); administrators read the log through {@code AuditController}
 * ({@code GET /api/v1/audit}, an {@link cn.luodian.api.security.AuditQuery}).
 *
 * <p>Administrators change users through {@link cn.luodian.api.security.UserAdmin} (role and
 * scope, disable and enable, a temporary password; never themself out, never the last enabled
 * administrator). Every new password passes {@code PasswordRule}, the one place the password
 * policy lives. A change to a user ends their open sessions at the next request
 * ({@code SessionRevocations}, {@code RevokedSessionFilter}). Depends only on {@code system}.
 *
 * <p>Against hostile clients (issue 15): {@code LoginThrottle} counts wrong passwords per account
 * and per client address ({@code LoginEvents} from Spring's authentication events, and
 * {@code OwnPassword}'s current-password check) and {@code LoginAttemptFilter} refuses a locked one
 * before any password is checked; {@code SameOriginFilter} refuses a cookie session's state-changing
 * API request from another origin; {@code PolicyHeaders} writes the Content-Security-Policy.
 */
package cn.luodian.api.security;
