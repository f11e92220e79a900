package cn.luodian.api.system;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * What the servlet container's error dispatch ({@code /error}) answers to scripts: problem+json with
 * a Chinese title, as everything else. Requests reach it when they fail outside Spring MVC's
 * exception handling — Spring Security's firewall refusing a path ({@code %25}, an encoded line
 * break), Tomcat failing to decode a query string that is not UTF-8 ({@code %FF}, an encoded lone
 * surrogate), an exception escaping a filter. Browsers asking for HTML still get the pages under
 * {@code error/} (Spring Boot's own view resolution, inherited). Only in the web server: the import
 * commands start the application without one.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@RequestMapping("${server.error.path:${error.path:/error}}")
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes attributes, ObjectProvider<ErrorViewResolver> views) {
        super(attributes, new ErrorProperties(), views.orderedStream().toList());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        SpringProblems.Text text = SpringProblems.byStatus(status);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", URI.create("https://luodian.cn/problems/" + (status.is4xxClientError() ? "bad-request" : "server-error")).toString());
        body.put("title", text.title());
        body.put("status", status.value());
        body.put("detail", text.detail());
        Object path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            body.put("instance", path.toString());
        }
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }
}
