package cn.luodian.api.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * A filter another feature package adds to the security filter chain (the API tokens' bearer
 * filter): {@link SecurityConfig} applies every such bean, so this package need not know them.
 */
public interface FilterChainExtension {

    void extend(HttpSecurity http);
}
