package cn.luodian.api.tokens;

import cn.luodian.api.system.BadRequestException;

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

    /** The name, stripped; 400 naming the field for anything wrong. */
    String checkedName() {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new BadRequestException("请填写令牌名称（name），说明它给谁用、做什么");
        }
        if (stripped.codePointCount(0, stripped.length()) > MAX_NAME_CHARS) {
            throw new BadRequestException("令牌名称（name）最多 " + MAX_NAME_CHARS + " 个字符");
        }
        if (stripped.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.isSurrogate((char) c))) {
            throw new BadRequestException("令牌名称（name）不能含控制字符或不完整的字符");
        }
        return stripped;
    }

    TokenScope checkedScope() {
        return TokenScope.parse(scope);
    }

    int checkedDays() {
        if (expiresInDays == null) {
            return DEFAULT_DAYS;
        }
        if (expiresInDays < 1 || expiresInDays > MAX_DAYS) {
            throw new BadRequestException("有效天数（expiresInDays）应为 1 到 " + MAX_DAYS + " 天");
        }
        return expiresInDays;
    }
}
