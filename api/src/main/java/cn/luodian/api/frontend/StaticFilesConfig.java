package cn.luodian.api.frontend;

import java.time.Duration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Serves the frontend's js/, css/ and the webjars a second time under {@code /static/<version>/},
 * cached by browsers for a year without asking again ({@code immutable}): the version changes with
 * any file ({@link StaticVersion}), so a new release is new URLs. The plain paths ({@code /js/main.js})
 * stay as they were, revalidated on every use (application.properties), for old links and bookmarks.
 * Only those three folders are under the prefix: the pages themselves are not ({@link PageController}).
 */
@Configuration
@ConditionalOnWebApplication
class StaticFilesConfig implements WebMvcConfigurer {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(StaticFilesConfig.class);
    static final String[] FOLDERS = {"js", "css", "webjars"};
    private static final CacheControl FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

    private final StaticVersion version;

    StaticFilesConfig(StaticVersion version) {
        this.version = version;
    }

    @Bean
    static StaticVersion staticVersion() {
        long start = System.nanoTime();
        StaticVersion version = StaticVersion.fromClasspath(StaticFilesConfig.class.getClassLoader());
        LOG.info("frontend files versioned {} (hashed in {} ms): served under /{}", version.value(),
                (System.nanoTime() - start) / 1_000_000, version.prefix());
        return version;
    }

    @Bean
    static VersionedPages versionedPages(StaticVersion version) {
        return new VersionedPages(version, StaticFilesConfig.class.getClassLoader());
    }

    @Bean
    static OtherVersionFilter otherVersionFilter(StaticVersion version) {
        return new OtherVersionFilter(version);
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (String folder : FOLDERS) {
            // resourceChain(true): each path is looked up on the classpath once; for webjars it also
            // adds the locator that serves webjars/leaflet/dist/… without Leaflet's version in the path.
            registry.addResourceHandler("/" + version.prefix() + folder + "/**")
                    .addResourceLocations("classpath:/META-INF/resources/" + folder + "/")
                    .setCacheControl(FOREVER)
                    .resourceChain(true);
        }
    }
}
