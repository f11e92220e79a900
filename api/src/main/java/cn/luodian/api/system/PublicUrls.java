package cn.luodian.api.system;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where absolute links (TileJSON tile templates, the Atom feed) point. Never at the request's
 * {@code Host} header as such, which any client sets (a cache or feed reader would then hand out
 * links to the sender's host):
 * <ol>
 *   <li>{@code luodian.security.public-base-url} when it is set;</li>
 *   <li>else, only with a trusted proxy ({@code server.forward-headers-strategy=native}: Tomcat takes
 *       {@code X-Forwarded-Proto/-Host/-Port} from the addresses in
 *       {@code server.tomcat.remoteip.internal-proxies} only), the scheme, host and port the servlet reports;</li>
 *   <li>else the context path alone: links are root-relative ({@code /tiles/…}), which browsers and the
 *       workspace resolve against the address they used.</li>
 * </ol>
 */
@Component
public class PublicUrls {
    private final String configured;
    private final boolean trustedProxy;

    public PublicUrls(LuodianProperties properties, Environment environment) {
        this.configured = properties.security().publicBaseUrl();
        this.trustedProxy = "native".equals(environment.getProperty("server.forward-headers-strategy", "none")
                .strip().toLowerCase(Locale.ROOT));
    }

    /** The prefix to put before an absolute path ({@code /tiles/…}) for links in answers to {@code request}; no trailing slash. */
    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        if (trustedProxy) {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean defaultPort = port < 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
            return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port) + request.getContextPath();
        }
        return request.getContextPath();
    }
}
