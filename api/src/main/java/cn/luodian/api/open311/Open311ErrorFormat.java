package cn.luodian.api.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Errors under {@code /open311/} in the GeoReport v2 shape, {@code [{"code": 400, "description": "…"}]},
 * which Open311 clients parse. Which exception gets which status is still decided in one place,
 * {@code ProblemDetailsAdvice}; this only rewrites the body it produced.
 */
@ControllerAdvice
class Open311ErrorFormat implements ResponseBodyAdvice<Object> {
    static final String PREFIX = "/open311/";

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType selectedContentType,
                                  Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof ProblemDetail problem) || !isOpen311(request)) {
            return body;
        }
        response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", problem.getStatus());
        error.put("description", problem.getDetail() == null ? problem.getTitle() : problem.getDetail());
        return List.of(error);
    }

    private static boolean isOpen311(ServerHttpRequest request) {
        if (request instanceof ServletServerHttpRequest servlet) {
            var http = servlet.getServletRequest();
            return http.getRequestURI().substring(http.getContextPath().length()).startsWith(PREFIX);
        }
        return request.getURI().getPath().startsWith(PREFIX);
    }
}
