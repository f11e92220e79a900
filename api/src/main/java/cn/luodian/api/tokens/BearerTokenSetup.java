package cn.luodian.api.tokens;

import cn.luodian.api.security.FilterChainExtension;
import cn.luodian.api.security.ProblemResponses;
import cn.luodian.api.security.UserAccounts;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.stereotype.Component;

/** Puts {@link BearerTokenFilter} into the chain just before HTTP Basic. */
@Component
@ConditionalOnWebApplication
class BearerTokenSetup implements FilterChainExtension {
    private final ApiTokens tokens;
    private final UserAccounts users;
    private final ProblemResponses problems;

    BearerTokenSetup(ApiTokens tokens, UserAccounts users, ProblemResponses problems) {
        this.tokens = tokens;
        this.users = users;
        this.problems = problems;
    }

    @Override
    public void extend(HttpSecurity http) {
        http.addFilterBefore(new BearerTokenFilter(tokens, users, problems), BasicAuthenticationFilter.class);
    }
}
