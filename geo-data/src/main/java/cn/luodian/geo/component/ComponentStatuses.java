package cn.luodian.geo.component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The statuses a component may have: data, not code. A deployment may add its own (维修中 …); the
 * first in the list is what an imported component without a status gets.
 */
public record ComponentStatuses(List<String> ids) {
    public static final int MAX_STATUSES = 50;
    public static final int MAX_STATUS_CHARS = 20;
    /** 完好, 破损, 丢失, 占用, 废弃: the statuses of common practice. */
    public static final ComponentStatuses DEFAULTS = new ComponentStatuses(List.of("完好", "破损", "丢失", "占用", "废弃"));

    public ComponentStatuses {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("部件状态列表为空：至少要有一个状态");
        }
        if (ids.size() > MAX_STATUSES) {
            throw new IllegalArgumentException("部件状态过多（最多 " + MAX_STATUSES + " 个，实有 " + ids.size() + " 个）");
        }
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            ComponentText.required("部件状态", id, MAX_STATUS_CHARS);
            if (!id.equals(id.strip())) {
                throw new IllegalArgumentException("部件状态 '" + id + "' 首尾有空格");
            }
            if (!seen.add(id)) {
                throw new IllegalArgumentException("部件状态 '" + id + "' 重复出现");
            }
        }
        ids = List.copyOf(ids);
    }

    /** The status of a component imported without one: the first of the list. */
    public String defaultStatus() {
        return ids.get(0);
    }

    public boolean contains(String status) {
        return status != null && ids.contains(status);
    }

    /** {@code status} if it is in the list; otherwise the Chinese reason, naming the allowed ones. */
    public String check(String status) {
        if (!contains(status)) {
            throw new IllegalArgumentException("部件状态 '" + (status == null ? "" : ComponentText.shown(status))
                    + "' 不在状态列表中：应为 " + String.join("、", ids));
        }
        return status;
    }
}
