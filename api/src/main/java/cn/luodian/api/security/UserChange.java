package cn.luodian.api.security;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import java.util.Arrays;
import java.util.Locale;

/**
 * What the administrator may change about a user ({@code PUT /api/v1/users/{username}}): role,
 * jurisdiction scope, unit and display name. {@link #checked} says what is wrong in Chinese.
 */
public record UserChange(String role, String displayName, String scopeCode, Long unitId) {
    static final int MAX_DISPLAY_NAME = 100;

    /** The change with the role parsed and the display name stripped; 400 naming the first bad field. */
    Checked checked(String username) {
        if (role == null || Arrays.stream(Role.values()).noneMatch(r -> r.name().equalsIgnoreCase(role.strip()))) {
            throw new BadRequestException("角色应为坐席员、街乡镇工作人员、责任单位、督办、分析研判或系统管理员之一");
        }
        Role parsed = Role.valueOf(role.strip().toUpperCase(Locale.ROOT));
        String name = displayName == null ? "" : displayName.strip();
        if (name.codePointCount(0, name.length()) > MAX_DISPLAY_NAME) {
            throw new BadRequestException("显示名称不能超过 " + MAX_DISPLAY_NAME + " 个字");
        }
        TextFields.line("displayName", name, MAX_DISPLAY_NAME);
        if (scopeCode == null || !NewUser.SCOPE.matcher(scopeCode).matches()) {
            throw new BadRequestException("辖区应为 6、9 或 12 位行政区划代码，或留空表示全区");
        }
        if (parsed == Role.RESPONSIBLE_UNIT && unitId == null) {
            throw new BadRequestException("责任单位角色的用户须选择所属责任单位");
        }
        if (parsed != Role.RESPONSIBLE_UNIT && unitId != null) {
            throw new BadRequestException("只有责任单位角色的用户才有所属责任单位");
        }
        return new Checked(parsed, name.isEmpty() ? username : name, scopeCode, unitId);
    }

    record Checked(Role role, String displayName, String scopeCode, Long unitId) {
    }
}
