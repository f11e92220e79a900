package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
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
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new BadRequestException("username must be 2 to 40 characters: a lower-case letter, then"
                    + " lower-case letters, digits, '.', '_' or '-'");
        }
        PasswordRule.check(password, username, "密码");
        if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equalsIgnoreCase(role.trim()))) {
            throw new BadRequestException("role must be one of " + Arrays.toString(Role.values()));
        }
        if (displayName != null && displayName.strip().length() > 100) {
            throw new BadRequestException("displayName must have at most 100 characters");
        }
        if (scopeCode == null || !SCOPE.matcher(scopeCode).matches()) {
            throw new BadRequestException("scopeCode must be an admin code of 6, 9 or 12 digits, or '' for everywhere");
        }
        boolean unit = parsedRole() == Role.RESPONSIBLE_UNIT;
        if (unit && unitId == null) {
            throw new BadRequestException("unitId is required for role RESPONSIBLE_UNIT");
        }
        if (!unit && unitId != null) {
            throw new BadRequestException("unitId is only for role RESPONSIBLE_UNIT");
        }
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", role=" + role + ", scopeCode=" + scopeCode + ", unitId=" + unitId + "]";
    }
}
