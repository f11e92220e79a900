package cn.luodian.api.system;

import org.springframework.security.core.AuthenticationException;

/**
 * A request refused for want of a sign-in, with a reason worth telling the caller (an expired or
 * revoked API token; case tiles, which need a sign-in): 401 problem+json whose detail is this
 * message, in Chinese. Wrong passwords keep the general detail,
 * which tells nobody whether the user exists.
 */
public class CredentialsRefusedException extends AuthenticationException {

    public CredentialsRefusedException(String chineseMessage) {
        super(chineseMessage);
    }
}
