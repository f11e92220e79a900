package cn.luodian.api.security;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives controller methods the {@link Actor} the test chose, standing in for the security layer's
 * resolver so that endpoint tests are about the endpoint, not about signing in.
 */
public final class ActorArgumentForTest implements HandlerMethodArgumentResolver {
    private volatile Actor actor;

    public void actAs(Actor next) {
        actor = next;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Actor.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                  WebDataBinderFactory binderFactory) {
        return actor;
    }
}
