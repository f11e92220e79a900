package cn.luodian.api.hotline;

import cn.luodian.api.categories.Category;
import cn.luodian.api.system.BadRequestException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A hotline export's category cell to a 小类 code. The cell may hold a code ({@code B0101}), a 小类
 * name ({@code 上水井盖}) or both levels ({@code 公用设施/上水井盖}, also with '-', '＞' or '>').
 * A 大类 alone is not enough: dispatch and the clocks work on 小类.
 */
final class CategoryMatcher {
    private static final Pattern LEVEL_SEPARATOR = Pattern.compile("\\s*[/／>＞\\-－—]\\s*");

    private final Map<String, Category> byCode = new HashMap<>();
    private final Map<String, List<Category>> subByName = new HashMap<>();
    private final Map<String, List<Category>> topByName = new HashMap<>();

    CategoryMatcher(List<Category> taxonomy) {
        for (Category category : taxonomy) {
            byCode.put(category.code().toUpperCase(Locale.ROOT), category);
            (category.isTopLevel() ? topByName : subByName).computeIfAbsent(category.name(), k -> new ArrayList<>()).add(category);
        }
    }

    /** The 小类 code the cell names; a BadRequestException says why there is none. */
    String codeOf(String cell) {
        String value = cell.strip();
        if (value.isEmpty()) {
            throw new BadRequestException(HotlineColumn.CATEGORY.label() + "为空");
        }
        Category byItsCode = byCode.get(value.toUpperCase(Locale.ROOT));
        if (byItsCode != null) {
            return requireSub(byItsCode, value);
        }
        List<Category> named = subByName.getOrDefault(value, List.of());
        if (named.size() == 1) {
            return named.get(0).code();
        }
        if (named.size() > 1) {
            throw new BadRequestException("诉求类别 '" + value + "' 对应多个小类（"
                    + String.join(", ", named.stream().map(Category::code).toList()) + "）：请填写小类代码，或写成 大类/小类");
        }
        String[] levels = LEVEL_SEPARATOR.split(value, 2);
        if (levels.length == 2) {
            for (Category sub : subByName.getOrDefault(levels[1], List.of())) {
                Category parent = byCode.get(sub.parentCode());
                if (parent != null && parent.name().equals(levels[0])) {
                    return sub.code();
                }
            }
        }
        List<Category> tops = topByName.getOrDefault(value, List.of());
        if (!tops.isEmpty()) {
            return requireSub(tops.get(0), value);
        }
        throw new BadRequestException("无法识别的诉求类别 '" + value + "'：既不是分类代码，也不是分类标准中的小类名称");
    }

    private static String requireSub(Category category, String value) {
        if (category.isTopLevel()) {
            throw new BadRequestException("诉求类别 '" + value + "' 是大类（" + category.code() + " " + category.name() + "）：请填写其下的一个小类");
        }
        return category.code();
    }
}
