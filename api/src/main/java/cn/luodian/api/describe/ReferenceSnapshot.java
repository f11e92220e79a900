package cn.luodian.api.describe;

import cn.luodian.geo.describe.Describer;
import cn.luodian.geo.describe.ReferenceIndex;
import cn.luodian.geo.locate.Locator;

/** One consistent view of the reference layers: the index and the engines built on it. */
public record ReferenceSnapshot(ReferenceIndex index, Describer describer, Locator locator) {
}
