package cn.luodian.api.tokens;

import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A request signed with an API token: the token's user as principal, with that user's role. */
final class TokenAuthentication extends AbstractAuthenticationToken {
    private final UserDetails user;
    private final ApiToken token;

    TokenAuthentication(UserDetails user, ApiToken token, String role) {
        super(List.of(new SimpleGrantedAuthority("ROLE_" + role)));
        this.user = user;
        this.token = token;
        setAuthenticated(true);
    }

    ApiToken token() {
        return token;
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return user;
    }
}
