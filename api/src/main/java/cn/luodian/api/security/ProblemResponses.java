package cn.luodian.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * 401 and 403 for scripts ({@code /api/**}, {@code /open311/**}, tiles): the security filters hand
 * the exception to Spring MVC's exception resolvers, so {@code ProblemDetailsAdvice} writes the
 * problem+json answer as it does for every other error.
 */
@Component
@ConditionalOnWebApplication
public class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {
    private final HandlerExceptionResolver resolver;

    public ProblemResponses(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (resolver.resolveException(request, response, null, e) == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        }
    }

    /** 429 problem+json with Retry-After: a locked account or address (LoginAttemptFilter). */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, RuntimeException e) throws IOException {
        if (resolver.resolveException(request, response, null, e) == null) {
            response.sendError(429);
        }
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        if (resolver.resolveException(request, response, null, e) == null) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
        }
    }
}
