package cn.luodian.api.system;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Configuration;

/** Puts {@link ContainerProblemValve} in place of Tomcat's HTML error page. */
@Configuration
public class ContainerErrorConfiguration implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        // The host reads its error valve class when it starts, after the context is prepared.
        factory.addContextCustomizers(context -> ((StandardHost) context.getParent())
                .setErrorReportValveClass(ContainerProblemValve.class.getName()));
    }
}
