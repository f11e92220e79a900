package cn.luodian.api.security;

import java.util.List;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets every controller method declare an {@link Actor} parameter. The actor is resolved from the
 * session, never sent by the client, so the OpenAPI document leaves the parameter out.
 */
@Configuration
@ConditionalOnWebApplication
public class ActorWebConfig implements WebMvcConfigurer {
    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(Actor.class);
    }

    private final UserStore users;

    public ActorWebConfig(UserStore users) {
        this.users = users;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ActorArgumentResolver(users));
    }
}
