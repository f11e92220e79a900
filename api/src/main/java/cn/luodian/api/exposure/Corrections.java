package cn.luodian.api.exposure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What a correction (勘误) changed against the revision it corrects, one line per difference, in Chinese. */
final class Corrections {

    private Corrections() {
    }

    static List<String> diff(PublishedPeriod before, PublishedPeriod after) {
        List<String> changes = new ArrayList<>();
        field(changes, "标题", before.title(), after.title());
        field(changes, "导语", before.intro(), after.intro());
        field(changes, "发布日期", before.issueDate().toString(), after.issueDate().toString());
        Map<String, PublishedEntry> old = byCase(before);
        Map<String, PublishedEntry> now = byCase(after);
        for (PublishedEntry e : after.entries()) {
            PublishedEntry o = old.get(e.caseRef());
            if (o == null) {
                changes.add("新增第" + e.seq() + "条（" + e.kind().label() + "）：" + e.text());
                continue;
            }
            String where = "第" + e.seq() + "条（" + e.caseRef() + "）";
            field(changes, where + "位置描述", o.text(), e.text());
            field(changes, where + "问题类别", o.category(), e.category());
            field(changes, where + "属地责任单位", o.unit(), e.unit());
            field(changes, where + "整改期限", o.deadline().toString(), e.deadline().toString());
            field(changes, where + "类型", o.kind().label(), e.kind().label());
            if (!Objects.equals(o.photo(), e.photo())) {
                changes.add(where + "照片已更换");
            }
            if (!Objects.equals(o.after(), e.after())) {
                changes.add(where + "整改后照片已更换");
            }
        }
        for (PublishedEntry o : before.entries()) {
            if (!now.containsKey(o.caseRef())) {
                changes.add("删除原第" + o.seq() + "条（" + o.caseRef() + "）：" + o.text());
            }
        }
        return changes;
    }

    private static void field(List<String> changes, String what, String before, String after) {
        if (!Objects.equals(before, after)) {
            changes.add(what + "：“" + before + "”改为“" + after + "”");
        }
    }

    private static Map<String, PublishedEntry> byCase(PublishedPeriod p) {
        Map<String, PublishedEntry> map = new LinkedHashMap<>();
        p.entries().forEach(e -> map.put(e.caseRef(), e));
        return map;
    }
}
