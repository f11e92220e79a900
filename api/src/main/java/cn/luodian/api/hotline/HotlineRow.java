package cn.luodian.api.hotline;

import cn.luodian.api.cases.NewCase;
import cn.luodian.api.unplaced.NewUnplaced;

/** A checked hotline row: a case to store, or a report for the 待定位 list. */
sealed interface HotlineRow {
    record Placed(NewCase input) implements HotlineRow {
    }

    record Unplaced(NewUnplaced report) implements HotlineRow {
    }
}
