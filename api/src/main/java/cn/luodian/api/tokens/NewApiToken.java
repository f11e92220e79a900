package cn.luodian.api.tokens;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;

/**
 * A token to issue, as {@code POST /api/v1/users/me/tokens} (and the administrators'
 * {@code POST /api/v1/tokens}, which also names the {@code username}) receives it.
 *
 * @param name          what it is for, shown in lists ("12345 热线对接"): 1 to 60 characters
 * @param scope         {@code read} or {@code write}
 * @param expiresInDays 1 to 365; absent: 90
 */
public record NewApiToken(String username, String name, String scope, Integer expiresInDays) {
    static final int MAX_NAME_CHARS = 60;
    static final int DEFAULT_DAYS = 90;
    static final int MAX_DAYS = 365;

    /** The name, stripped; 400 naming the field for anything wrong ({@link TextFields}). */
    String checkedName() {
        return TextFields.required("name", name, MAX_NAME_CHARS).strip();
    }

    TokenScope checkedScope() {
        return TokenScope.parse(scope);
    }

    int checkedDays() {
        if (expiresInDays == null) {
            return DEFAULT_DAYS;
        }
        if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            throw new BadRequestException("有效天数应为 1 到 " + MAX_DAYS + " 天");
        }
        return expiresInDays;
    }
}
