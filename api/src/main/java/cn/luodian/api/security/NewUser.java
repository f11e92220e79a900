package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A user to create, as {@code POST /api/v1/users} receives it. {@link #check} turns every mistake
 * into a {@link BadRequestException} naming the field.
 */
public record NewUser(String username, String password, String role, String displayName, String scopeCode,
                      Long unitId) {
    static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{1,39}");
    static final Pattern SCOPE = Pattern.compile("|\\d{6}|\\d{9}|\\d{12}");

    /** The role this user asks for; call {@link #check} first. */
    public Role parsedRole() {
        return Role.valueOf(role.trim().toUpperCase(Locale.ROOT));
    }

    public String displayNameOrUsername() {
        return displayName == null || displayName.isBlank() ? username : displayName.strip();
    }

    public void check() {
        checkExceptThePasswordRule();
        PasswordRule.check(password, username, "密码");
    }

    /**
     * Every check but the password policy: for the bundled demo users only, whose passwords
     * ({@code <username>-demo}) are published in the README and labelled 示例 on purpose.
     */
    void checkExceptThePasswordRule() {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadRequestException("用户名应为 2 到 40 个字符：以小写字母开头，" + "其后为小写字母、数字、'.'、'_' 或 '-'");
        }
        if (password == null || password.isEmpty()) {
            throw new BadRequestException("缺少密码");
        }
        if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equalsIgnoreCase(role.trim()))) {
            throw new BadRequestException("角色无效：应为 " + Arrays.toString(Role.values()) + " 之一");
        }
        if (displayName != null && displayName.strip().length() > 100) {
            throw new BadRequestException("显示名称最多 100 个字符");
        }
        TextFields.line("displayName", displayName, 100);
        if (scopeCode == null || !SCOPE.matcher(scopeCode).matches()) {
            throw new BadRequestException("辖区应为 6、9 或 12 位的行政区划代码，全区则留空");
        }
        boolean unit = parsedRole() == Role.RESPONSIBLE_UNIT;
        if (unit && unitId == null) {
            throw new BadRequestException("责任单位角色须指定所属责任单位");
        }
        if (!unit && unitId != null) {
            throw new BadRequestException("只有责任单位角色才能指定所属责任单位");
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + ", scopeCode=" + scopeCode + ", unitId=" + unitId + "]";
    }
}
