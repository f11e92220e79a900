package cn.luodian.api.security;

import java.util.Optional;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method parameter {@code Actor actor} the signed-in user. Nobody signed in:
 * 401 problem+json, unless the parameter is optional ({@code Optional<Actor>} or annotated
 * {@code @Nullable}), which then receives empty or null.
 */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    private final UserStore users;

    public ActorArgumentResolver(UserStore users) {
        this.users = users;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.nestedIfOptional().getNestedParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mav, NativeWebRequest request,
                                  WebDataBinderFactory binders) {
        Actor actor = current();
        if (actor == null && !parameter.isOptional()) {
            throw new AuthenticationCredentialsNotFoundException("nobody is signed in");
        }
        return parameter.getParameterType() == Optional.class ? Optional.ofNullable(actor) : actor;
    }

    private Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || TRUST.isAnonymous(authentication)) {
            return null;
        }
        if (authentication.getPrincipal() instanceof SignedInUser user) {
            return user.actor();
        }
        // Signed in some other way (a test's mock user): the stored user of that name, if any.
        return users.findByUsername(authentication.getName()).map(UserRecord::actor).orElse(null);
    }
}
