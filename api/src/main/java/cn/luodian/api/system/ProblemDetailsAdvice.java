package cn.luodian.api.system;

import cn.luodian.geo.crs.OutOfZoneException;
import cn.luodian.geo.crs.UnknownDatumException;
import cn.luodian.geo.io.ImportException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.AuthenticationTrustResolver;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The one place where exceptions become HTTP answers: RFC 9457 problem+json. Client mistakes are
 * 4xx and are not logged as errors; Spring's own exceptions are handled by the base class, with the
 * Chinese texts of {@link SpringProblems}. Everything a user reads here is Chinese.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    private static final String TYPE_BASE = "https://luodian.cn/problems/";
    private static final AuthenticationTrustResolver TRUST = new AuthenticationTrustResolverImpl();

    @ExceptionHandler({BadRequestException.class, UnknownDatumException.class, OutOfZoneException.class, ImportException.class})
    ProblemDetail badRequest(RuntimeException e) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", "请求参数有误", e.getMessage());
        if (e instanceof InvalidFieldException invalid) {
            problem.setProperty("field", invalid.field());
        }
        return problem;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        SpringProblems.Text text = SpringProblems.of(e, HttpStatus.BAD_REQUEST);
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "bad-request", text.title(), text.detail());
        problem.setProperty("parameter", e.getName());
        return problem;
    }

    /**
     * Spring MVC's own exceptions (missing parameter, unreadable body, wrong method, media type,
     * upload too large, unknown path …): the base class picks the status, this puts Chinese in the
     * title and detail. Spring's English text stays in the debug log.
     */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
                                                             HttpStatusCode status, WebRequest request) {
        if (body == null || body instanceof ProblemDetail) {
            LOG.debug("{} answered {}: {}", e.getClass().getSimpleName(), status.value(), e.getMessage());
            SpringProblems.Text text = SpringProblems.of(e, status);
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, text.detail());
            if (body instanceof ProblemDetail original) {
                problem.setType(original.getType());
                problem.setInstance(original.getInstance());
            }
            problem.setTitle(text.title());
            text.properties().forEach(problem::setProperty);
            body = problem;
        }
        return super.handleExceptionInternal(e, body, headers, status, request);
    }

    /**
     * An upload whose multipart framing does not parse (no boundary, cut off, a broken part header):
     * the client's mistake, 400. Too large an upload is the base class's 413, a closer match.
     */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableUpload(MultipartException e) {
        LOG.debug("unreadable upload: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "上传内容无法读取",
                "上传的表单无法解析：请用文件上传表单（multipart/form-data）重新上传完整的文件");
    }

    /**
     * A query string or form whose percent-escapes are not UTF-8 ({@code %FF}, an encoded lone
     * surrogate): Tomcat refuses to decode it when a parameter is read.
     */
    @ExceptionHandler(InvalidParameterException.class)
    ProblemDetail undecodableParameter(InvalidParameterException e) {
        LOG.debug("undecodable parameter: {}", e.getMessage());
        return problem(HttpStatus.BAD_REQUEST, "bad-request", "请求参数有误",
                "请求参数无法解码：参数须为 UTF-8 编码的文字（百分号编码的字节不是有效的 UTF-8）");
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "conflict", e.title() == null ? "与当前状态冲突" : e.title(), e.getMessage());
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, "forbidden", "无权限", e.getMessage());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail problem = problem(HttpStatus.NOT_FOUND, "not-found", "未找到", e.getMessage());
        e.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Too many wrong passwords: the account or the client address is locked for a while. */
    @ExceptionHandler(TooManyRequestsException.class)
    ResponseEntity<ProblemDetail> tooManyRequests(TooManyRequestsException e) {
        long seconds = Math.max(1, e.retryAfter().toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS).header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .body(problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", "尝试次数过多", e.getMessage()));
    }

    /**
     * Nobody signed in, or a wrong password (from the security filters via {@code ProblemResponses},
     * or from a controller asking for an {@code Actor}). The Basic challenge is left out for the
     * browser's own requests (X-Requested-With: XMLHttpRequest) so that it shows no password dialog.
     */
    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<ProblemDetail> unauthenticated(AuthenticationException e, HttpServletRequest request) {
        if (DatabaseUnavailable.causedBy(e)) {
            return databaseUnavailable(e);
        }
        boolean nobody = e instanceof InsufficientAuthenticationException
                || e instanceof AuthenticationCredentialsNotFoundException;
        ProblemDetail problem = problem(HttpStatus.UNAUTHORIZED, "unauthenticated", "未登录",
                e instanceof CredentialsRefusedException ? e.getMessage()
                        : nobody ? "请先登录" : "用户名或密码错误，或账号已停用");
        ResponseEntity.BodyBuilder answer = ResponseEntity.status(HttpStatus.UNAUTHORIZED);
        if (!"XMLHttpRequest".equals(request.getHeader("X-Requested-With"))) {
            answer.header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"luodian\", charset=\"UTF-8\"");
        }
        return answer.body(problem);
    }

    /**
     * Signed in but not allowed: 403. Throw {@link AccessDeniedException} with a message to say why
     * (a case outside the user's jurisdiction); Spring Security's own denials get a general detail.
     * Nobody signed in: 401 instead.
     */
    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(AccessDeniedException e, HttpServletRequest request) {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (who == null || TRUST.isAnonymous(who)) {
            return unauthenticated(new InsufficientAuthenticationException(e.getMessage(), e), request);
        }
        String detail = e instanceof AuthorizationDeniedException || e.getMessage() == null
                ? "您的角色无权进行此操作" : e.getMessage();
        return ResponseEntity.status(HttpStatus.FORBIDDEN).body(problem(HttpStatus.FORBIDDEN, "forbidden", "无权限", detail));
    }

    /** The database cannot be reached: 503 with Retry-After (see {@link DatabaseUnavailable}). */
    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<ProblemDetail> databaseUnavailable(Exception e) {
        LOG.warn("database unavailable: {}", e.getMessage());
        return DatabaseUnavailable.answer();
    }

    static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }
}
