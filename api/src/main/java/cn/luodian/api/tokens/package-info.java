/**
 * API tokens (接口令牌) for machine clients: a hotline bridge or a planner's script signs every
 * request with {@code Authorization: Bearer ld_…} instead of a password, so a request costs one
 * indexed look-up rather than a bcrypt check. A token acts as the user it belongs to, within a
 * scope ({@link TokenScope}: read only, or read and write), until it expires or is revoked; only its
 * SHA-256 is stored. Users manage their own tokens, administrators see and revoke all and issue
 * tokens for service accounts; creating and revoking are audited.
 *
 * <p>Depends on {@code security} (users, audit, the filter chain through
 * {@code security.FilterChainExtension}); nothing depends on this package.
 */
package cn.luodian.api.tokens;
