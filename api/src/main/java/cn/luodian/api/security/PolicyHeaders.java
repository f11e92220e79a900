package cn.luodian.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.regex.Pattern;
import org.springframework.security.web.header.HeaderWriter;

/**
 * The Content-Security-Policy of every answer: scripts, styles, fonts and requests from this
 * server only; images also from the two optional base maps (天地图, 高德) and data:/blob: URLs;
 * no plugins; forms post here; pages framed by this server's own pages only (the exposure desk's
 * preview). Styles may be inline (the sign-in page's, Leaflet's and Swagger UI's); scripts may not,
 * except those a page names by hash: the frontend's page controller puts the hashes of its page's
 * inline scripts (the workspace's import map) into the request attribute {@value #SCRIPT_HASHES}
 * ({@code 'sha256-…'} words), read here when the headers are written as the answer is committed.
 */
final class PolicyHeaders implements HeaderWriter {
    static final String SCRIPT_HASHES = "luodian.csp.script-hashes";
    private static final Pattern HASHES = Pattern.compile("('sha256-[A-Za-z0-9+/=]{44}')( 'sha256-[A-Za-z0-9+/=]{44}')*");
    static final String POLICY = "default-src 'self'; script-src 'self'%s; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob: https://*.tianditu.gov.cn https://*.is.autonavi.com; font-src 'self' data:; "
            + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
    /** Most answers (API, tiles) name no script: the policy is written once, not per answer. */
    private static final String WITHOUT_HASHES = POLICY.formatted("");

    @Override
    public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
        if (response.containsHeader("Content-Security-Policy")) {
            return;
        }
        Object hashes = request.getAttribute(SCRIPT_HASHES);
        response.setHeader("Content-Security-Policy", hashes instanceof String words && HASHES.matcher(words).matches()
                ? POLICY.formatted(" " + words) : WITHOUT_HASHES);
    }
}
