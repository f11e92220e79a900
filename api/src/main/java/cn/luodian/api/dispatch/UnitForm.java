package cn.luodian.api.dispatch;

import cn.luodian.api.system.BadRequestException;
import java.util.regex.Pattern;

/**
 * A responsible unit as the administrator creates or edits it. {@code code} is set once, at
 * creation; {@code townshipCode} (9 digits) makes the unit that township's home unit (属地单位),
 * empty makes it a department (职能部门).
 */
public record UnitForm(String code, String name, String townshipCode, String contact) {
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_-]{1,39}");
    static final Pattern TOWNSHIP = Pattern.compile("\\d{9}");
    static final int MAX_NAME = 100;
    static final int MAX_CONTACT = 100;

    /** The form with its text stripped, or 400 naming the first bad field. */
    UnitForm checked(boolean creating) {
        String checkedCode = null;
        if (creating) {
            checkedCode = FormText.check("单位编码", code, 40, true);
            if (!CODE.matcher(checkedCode).matches()) {
                throw new BadRequestException("单位编码应为 2 到 40 个字母、数字、“-”或“_”，以字母或数字开头，如 TZ-SW01");
            }
        }
        String checkedName = FormText.check("单位名称", name, MAX_NAME, true);
        String township = FormText.check("所属街乡镇", townshipCode, 9, false);
        if (!township.isEmpty() && !TOWNSHIP.matcher(township).matches()) {
            throw new BadRequestException("所属街乡镇应为 9 位街乡镇代码，或留空表示职能部门");
        }
        String checkedContact = FormText.check("联系方式", contact, MAX_CONTACT, false);
        return new UnitForm(checkedCode, checkedName, township.isEmpty() ? null : township, checkedContact);
    }
}
