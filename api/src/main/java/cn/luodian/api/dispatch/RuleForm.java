package cn.luodian.api.dispatch;

import cn.luodian.api.system.BadRequestException;
import java.util.regex.Pattern;

/**
 * A dispatch rule as the administrator writes it: cases whose category code starts with
 * {@code categoryPrefix} (a 大类 or 小类 code; empty: every category) and whose place code starts
 * with {@code jurisdictionPrefix} (a district, township or village code; empty: everywhere) go to
 * {@code unitId}; {@code priority} (−100 to 100, default 0) breaks ties between equally specific rules.
 */
public record RuleForm(String categoryPrefix, String jurisdictionPrefix, Long unitId, Integer priority) {
    static final Pattern CATEGORY = Pattern.compile("[A-Za-z0-9]{1,20}");
    static final Pattern JURISDICTION = Pattern.compile("\\d{6}|\\d{9}|\\d{12}");
    static final int MAX_PRIORITY = 100;

    RuleForm checked() {
        String category = FormText.check("案件类别", categoryPrefix, 20, false);
        if (!category.isEmpty() && !CATEGORY.matcher(category).matches()) {
            throw new BadRequestException("案件类别应为大类或小类代码（字母和数字），或留空表示全部类别");
        }
        String jurisdiction = FormText.check("适用区域", jurisdictionPrefix, 12, false);
        if (!jurisdiction.isEmpty() && !JURISDICTION.matcher(jurisdiction).matches()) {
            throw new BadRequestException("适用区域应为 6、9 或 12 位行政区划代码，或留空表示全区");
        }
        if (unitId == null) {
            throw new BadRequestException("请选择责任单位");
        }
        int checkedPriority = priority == null ? 0 : priority;
        if (Math.abs(checkedPriority) > MAX_PRIORITY) {
            throw new BadRequestException("优先级应为 −" + MAX_PRIORITY + " 到 " + MAX_PRIORITY + " 的整数");
        }
        return new RuleForm(category, jurisdiction, unitId, checkedPriority);
    }
}
