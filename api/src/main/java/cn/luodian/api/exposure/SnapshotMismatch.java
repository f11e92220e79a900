package cn.luodian.api.exposure;

import cn.luodian.api.system.ConflictException;

/**
 * A published period whose stored snapshot no longer has the SHA-256 recorded when it was published
 * (or is no longer in canonical form): changed in the database after publication. Its content is not
 * shown anywhere public; the answer is 409 with this Chinese text.
 */
public class SnapshotMismatch extends ConflictException {
    static final String TITLE = "内容校验未通过";

    SnapshotMismatch(Publisher publisher, Period period) {
        super(TITLE, message(publisher, period));
    }

    /** What the public reads, in place of the period's content. */
    static String message(Publisher publisher, Period period) {
        return publisher.name() + "第" + period.number() + "期" + (period.revision() == 0 ? "" : "（勘误" + period.revision() + "）")
                + "存储的内容与发布时记录的 SHA-256 校验值不一致，可能在发布后被改动，已暂停公开。"
                + "请联系发布单位核查；发布时的校验值为 " + period.contentHash() + "。";
    }
}
