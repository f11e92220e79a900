package cn.luodian.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** The {@code Actor} a controller parameter receives for each kind of sign-in. */
class ActorArgumentResolverTest {
    private static final UserRecord UNIT_USER = new UserRecord(3, "chengguan", "{bcrypt}x", Role.RESPONSIBLE_UNIT,
            "城管", "110112", 7L, true, Instant.EPOCH);

    /** Controller methods as the case service declares them. */
    @SuppressWarnings("unused")
    static class Endpoints {
        void required(Actor actor) {
        }

        void optional(Optional<Actor> actor) {
        }

        void nullable(@Nullable Actor actor) {
        }

        void other(String text) {
        }
    }

    /** A store holding only {@link #UNIT_USER}. */
    private final ActorArgumentResolver resolver = new ActorArgumentResolver(new UserStore(null) {
        @Override
        public Optional<UserRecord> findByUsername(String username) {
            return Optional.of(UNIT_USER).filter(user -> user.username().equals(username));
        }
    });

    private static MethodParameter parameter(String method) {
        return List.of(Endpoints.class.getDeclaredMethods()).stream().filter(m -> m.getName().equals(method))
                .map(m -> new MethodParameter(m, 0)).findFirst().orElseThrow();
    }

    private Object resolve(String method) {
        return resolver.resolveArgument(parameter(method), null, null, null);
    }

    private static void signIn(Object principal) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                principal, null, AuthorityUtils.createAuthorityList("ROLE_X")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersActorParametersOnly() {
        assertThat(resolver.supportsParameter(parameter("required"))).isTrue();
        assertThat(resolver.supportsParameter(parameter("optional"))).isTrue();
        assertThat(resolver.supportsParameter(parameter("nullable"))).isTrue();
        assertThat(resolver.supportsParameter(parameter("other"))).isFalse();
    }

    @Test
    void theSignedInUserIsTheActor() {
        signIn(new SignedInUser(UNIT_USER, 0));
        assertThat(resolve("required")).isEqualTo(new Actor("chengguan", Role.RESPONSIBLE_UNIT, "110112", 7L));
        assertThat(resolve("optional")).isEqualTo(Optional.of(new Actor("chengguan", Role.RESPONSIBLE_UNIT, "110112", 7L)));
    }

    @Test
    void anotherKindOfPrincipalIsLookedUpByName() {
        signIn("chengguan");
        assertThat(resolve("required")).isEqualTo(UNIT_USER.actor());
        signIn("unknown");
        assertThatThrownBy(() -> resolve("required")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void nobodySignedInIs401UnlessTheParameterIsOptional() {
        assertThatThrownBy(() -> resolve("required")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        SecurityContextHolder.getContext().setAuthentication(new AnonymousAuthenticationToken("key", "anonymousUser",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        assertThatThrownBy(() -> resolve("required")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(resolve("optional")).isEqualTo(Optional.empty());
        assertThat(resolve("nullable")).isNull();
    }
}
