package cn.luodian.api.system;

import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/**
 * Puts {@link HttpLimits} on Tomcat's connector. Runs after Spring Boot's own customizer (lowest
 * precedence), so these values win over {@code server.tomcat.*}.
 */
@Configuration
public class HttpLimitsConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {
    private final HttpLimits limits;

    public HttpLimitsConfiguration(HttpLimits limits) {
        this.limits = limits;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> {
            if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                http.setConnectionTimeout((int) limits.connectionTimeout().toMillis());
                http.setKeepAliveTimeout((int) limits.keepAliveTimeout().toMillis());
                http.setMaxHttpRequestHeaderSize(limits.maxHeaderBytes());
                http.setMaxSwallowSize(limits.maxSwallowBytes());
                http.setMaxKeepAliveRequests(limits.maxKeepAliveRequests());
            }
        });
    }
}
