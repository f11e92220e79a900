package cn.luodian.api.security;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal Spring Security keeps for a signed-in user: their {@link Actor} and, until the
 * sign-in has been checked, the password hash. The authority is {@code ROLE_<role>}.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {
    private final String username;
    private final Role role;
    private final String scopeCode;
    private final Long unitId;
    private final boolean enabled;
    /** When this sign-in happened on {@link SessionRevocations}' counter. */
    private final long signedInAt;
    private String passwordHash;

    SignedInUser(UserRecord user, long signedInAt) {
        this.signedInAt = signedInAt;
        this.username = user.username();
        this.role = user.role();
        this.scopeCode = user.scopeCode();
        this.unitId = user.unitId();
        this.enabled = user.enabled();
        this.passwordHash = user.passwordHash();
    }

    long signedInAt() {
        return signedInAt;
    }

    public Actor actor() {
        return new Actor(username, role, scopeCode, unitId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public String toString() {
        return "SignedInUser[" + username + ", " + role + ", scope '" + scopeCode + "']";
    }
}
