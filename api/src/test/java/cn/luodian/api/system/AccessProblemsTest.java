package cn.luodian.api.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** How a denial thrown by a controller (a case outside the user's jurisdiction) is answered. */
class AccessProblemsTest {
    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();
    private final MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/v1/cases/42/transitions");

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private static void signIn() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "huoxian", null, AuthorityUtils.createAuthorityList("ROLE_TOWNSHIP_STAFF")));
    }

    @Test
    void aDenialWithAReasonIs403WithThatReason() {
        signIn();
        ResponseEntity<ProblemDetail> answer = advice.forbidden(
                new AccessDeniedException("case 42 lies outside your jurisdiction 110112106"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(403);
        assertThat(answer.getBody().getTitle()).isEqualTo("无权限");
        assertThat(answer.getBody().getDetail()).isEqualTo("case 42 lies outside your jurisdiction 110112106");
    }

    @Test
    void springSecuritysOwnDenialGetsAGeneralDetail() {
        signIn();
        ResponseEntity<ProblemDetail> answer = advice.forbidden(
                new AuthorizationDeniedException("Access Denied", new AuthorizationDecision(false)), request);
        assertThat(answer.getBody().getDetail()).isEqualTo("您的角色无权进行此操作");
    }

    @Test
    void nobodySignedInIs401WithTheBasicChallenge() {
        ResponseEntity<ProblemDetail> answer = advice.forbidden(new AccessDeniedException("no"), request);
        assertThat(answer.getStatusCode().value()).isEqualTo(401);
        assertThat(answer.getBody().getTitle()).isEqualTo("未登录");
        assertThat(answer.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }
}
