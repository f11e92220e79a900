package cn.luodian.api.frontend;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request for another release's static file ({@code /static/<old version>/js/…}) is sent to this
 * release's (302): a workspace left open across an upgrade still loads the panels it has not opened
 * yet, as it did when the files had one URL. A segment that is not a version, or a folder other than
 * js/, css/ and webjars/, goes on to the 404 it earns.
 */
class OtherVersionFilter extends OncePerRequestFilter {
    private static final String PREFIX = "/static/";
    private final StaticVersion version;

    OtherVersionFilter(StaticVersion version) {
        this.version = version;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + PREFIX);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + PREFIX.length());
        int slash = rest.indexOf('/');
        if (slash > 0 && ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))) {
            String asked = rest.substring(0, slash);
            String file = rest.substring(slash + 1);
            if (!asked.equals(version.value()) && StaticVersion.looksLikeOne(asked) && inStaticFolder(file)) {
                response.setHeader("Cache-Control", "no-store");
                String query = request.getQueryString() == null ? "" : "?" + request.getQueryString();
                response.sendRedirect(request.getContextPath() + "/" + version.prefix() + file + query);
                return;
            }
        }
        chain.doFilter(request, response);
    }

    private static boolean inStaticFolder(String file) {
        for (String folder : StaticFilesConfig.FOLDERS) {
            if (file.startsWith(folder + "/")) {
                return true;
            }
        }
        return false;
    }
}
