package cn.luodian.api.security;

import cn.luodian.api.system.LuodianProperties;
import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.access.RequestMatcherDelegatingAccessDeniedHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Scripts sign in with an API token or HTTP Basic on every request; the browser signs in once
 * with the form at {@code /login} and keeps a session (cookie SameSite=Strict). Reference reads
 * and tiles are open to anonymous users unless {@code luodian.security.open-reference-reads=false};
 * published exposure lists are open to everyone; cases, statistics, hotspots and users need a
 * sign-in; managing users needs ADMIN.
 */
@Configuration
@ConditionalOnWebApplication
public class SecurityConfig {
    /**
     * Always open: the map page and its files (also under their versioned prefix, frontend package),
     * sign-in, health and the API description.
     */
    static final String[] OPEN = {"/", "/index.html", "/js/**", "/css/**", "/webjars/**", "/favicon.ico",
        "/static/*/js/**", "/static/*/css/**", "/static/*/webjars/**",
        "/login", "/logout", "/error", "/actuator/health", "/actuator/health/**",
        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**"};
    /** Reference data (no personal data in it): open unless the setting closes it. */
    static final String[] REFERENCE_GETS = {"/api/v1/layers/**", "/api/v1/places/**", "/api/v1/grid/**",
        "/api/v1/categories", "/tiles/**"};
    static final String[] REFERENCE_GETS_AND_POSTS = {"/api/v1/describe", "/api/v1/locate"};
    /** Published exposure lists (挂账督办) are public records: their pages, files, feed and API reads. */
    static final String[] PUBLISHED_EXPOSURE_GETS = {"/exposure", "/exposure/**", "/api/v1/exposure/publishers",
        "/api/v1/exposure/published/**"};
    /** Answered with problem+json instead of a redirect to the login page. */
    static final String[] SCRIPT_PATHS = {"/api/**", "/open311/**", "/tiles/**", "/actuator/**", "/v3/api-docs/**"};

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, LuodianProperties properties, ProblemResponses problems,
                                           SessionRevocations revocations, LoginThrottle throttle,
                                           ObjectProvider<FilterChainExtension> extensions) {
        boolean openReads = properties.security().openReferenceReads();
        RequestMatcher scripts = new OrRequestMatcher(Arrays.stream(SCRIPT_PATHS)
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.withDefaults().matcher(path)).toList());
        http.authorizeHttpRequests(rules -> {
            rules.dispatcherTypeMatchers(DispatcherType.ERROR, DispatcherType.FORWARD).permitAll();
            // Where grid workers walked is personal: the patrols tile layer needs a sign-in even when tiles are open.
            rules.requestMatchers("/tiles/patrols/**").authenticated();
            // Describe and locate first: they are the hot path, and the rules are tried in order.
            reference(rules.requestMatchers(HttpMethod.GET, REFERENCE_GETS_AND_POSTS), openReads);
            reference(rules.requestMatchers(HttpMethod.POST, REFERENCE_GETS_AND_POSTS), openReads);
            reference(rules.requestMatchers(HttpMethod.GET, REFERENCE_GETS), openReads);
            rules.requestMatchers(OPEN).permitAll();
            // Open311: the public reporting channel and its public fields.
            rules.requestMatchers(HttpMethod.GET, "/open311/**").permitAll();
            // The public reporting channel; the .xml form is answered with a clear "not supported".
            rules.requestMatchers(HttpMethod.POST, "/open311/v2/requests.json", "/open311/v2/requests.xml").permitAll();
            rules.requestMatchers(HttpMethod.GET, PUBLISHED_EXPOSURE_GETS).permitAll();
            rules.requestMatchers(HttpMethod.GET, "/api/v1/users/me").authenticated();
            rules.requestMatchers(HttpMethod.POST, "/api/v1/users/me/password").authenticated();
            // Everyone manages their own API tokens; administrators everyone's (tokens package).
            rules.requestMatchers("/api/v1/users/me/tokens", "/api/v1/users/me/tokens/**").authenticated();
            rules.requestMatchers("/api/v1/tokens", "/api/v1/tokens/**").hasRole(Role.ADMIN.name());
            rules.requestMatchers("/api/v1/users", "/api/v1/users/**").hasRole(Role.ADMIN.name());
            rules.requestMatchers("/api/v1/audit", "/api/v1/audit/**").hasRole(Role.ADMIN.name());
            rules.requestMatchers("/api/v1/cases/**", "/api/v1/stats/**", "/api/v1/hotspots/**").authenticated();
            rules.anyRequest().authenticated();
        });
        // A session whose user was disabled or changed since signing in ends at its next request.
        http.addFilterBefore(new RevokedSessionFilter(revocations), AuthorizationFilter.class);
        // A locked account or address is refused before its password is checked (LoginThrottle).
        http.addFilterBefore(new LoginAttemptFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class);
        http.httpBasic(basic -> basic.realmName("luodian").authenticationEntryPoint(problems));
        http.formLogin(form -> form.loginPage("/login").permitAll().failureHandler((request, response, e) -> {
            var locked = throttle.refusal(request.getParameter("username"), request.getRemoteAddr());
            response.sendRedirect(request.getContextPath() + (locked.isPresent()
                    ? "/login?locked=" + LoginAttemptFilter.minutes(locked.get()) : "/login?error"));
        }));
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll());
        // Scripts authenticate every request with Basic and carry no cookie to forge. The browser's
        // session cookie is SameSite=Strict (application.properties), and its state-changing API
        // requests must come from this server's own pages (SameOriginFilter: Origin/Referer) instead
        // of carrying a token; the sign-in and sign-out forms carry Spring's token.
        RequestMatcher tokenless = new OrRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher("/api/**"),
                PathPatternRequestMatcher.withDefaults().matcher("/open311/**"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(tokenless));
        List<String> origins = new ArrayList<>(properties.security().allowedOrigins());
        if (!properties.security().publicBaseUrl().isEmpty()) {
            origins.add(properties.security().publicBaseUrl());
        }
        http.addFilterBefore(new SameOriginFilter(tokenless, origins, problems), AuthorizationFilter.class);
        // The exposure desk shows a draft's preview page in a frame of its own: frames from the
        // same origin only (other sites still cannot frame any page). nosniff is Spring's default.
        http.headers(headers -> headers.frameOptions(frames -> frames.sameOrigin())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .addHeaderWriter(new PolicyHeaders()));
        // Only browser pages are remembered to return to after signing in: no session for scripts.
        HttpSessionRequestCache pages = new HttpSessionRequestCache();
        pages.setRequestMatcher(new NegatedRequestMatcher(scripts));
        http.requestCache(cache -> cache.requestCache(pages));
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(problems, scripts)
                .accessDeniedHandler(new RequestMatcherDelegatingAccessDeniedHandler(
                        new LinkedHashMap<>(Map.of(scripts, problems)), new AccessDeniedHandlerImpl())));
        extensions.orderedStream().forEach(extension -> extension.extend(http));
        return http.build();
    }

    /**
     * No observations of the security filter chain: with them every request opened and closed an
     * observation per filter and updated meters nobody reads (a JFR profile of describe under wrk put
     * a fifth of the server's time there; bench/README.md).
     */
    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    private static void reference(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizedUrl url, boolean open) {
        if (open) {
            url.permitAll();
        } else {
            url.authenticated();
        }
    }
}
