package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import java.nio.charset.StandardCharsets;

/**
 * The one place a new password is judged, for a new user, a reset by the administrator and the
 * first administrator alike. Today: at least {@value #MIN_CHARS} characters, at most
 * {@value #MAX_BYTES} bytes (bcrypt reads no more; a longer one is refused, not cut), no control
 * characters, not the username. A fuller policy (issue 15) grows here.
 */
final class PasswordRule {
    static final int MIN_CHARS = 10;
    static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    /** 400 with a Chinese sentence naming {@code field} when {@code password} breaks the rule; never echoes it. */
    static void check(String password, String username, String field) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_CHARS) {
            throw new BadRequestException(field + "至少要有 " + MIN_CHARS + " 个字符");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new BadRequestException(field + "不能超过 " + MAX_BYTES + " 字节（UTF-8 编码）");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            throw new BadRequestException(field + "不能含控制字符");
        }
        if (username != null && password.equalsIgnoreCase(username)) {
            throw new BadRequestException(field + "不能与用户名相同");
        }
    }
}
