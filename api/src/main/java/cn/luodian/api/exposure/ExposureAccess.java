package cn.luodian.api.exposure;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;

/**
 * Who may do what with the exposure list: the supervisor (督办) composes, reviews and publishes;
 * township staff see the entries in their jurisdiction and record rectification; anyone reads what
 * is published.
 */
final class ExposureAccess {

    private ExposureAccess() {
    }

    static void requireEditor(Actor actor) {
        if (actor.role() != Role.SUPERVISOR && actor.role() != Role.ADMIN) {
            throw new ForbiddenException("只有督办人员才能编辑、审核和发布曝光台");
        }
    }

    /** Entries of published periods: the district's centre sees all, township staff their own places. */
    static boolean canSee(Actor actor, PublishedEntry entry) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            return false;
        }
        if (actor.scopeCode().isEmpty()) {
            return true;
        }
        String code = entry.villageCode() != null ? entry.villageCode() : entry.townshipCode();
        return actor.covers(code);
    }

    static void requireSee(Actor actor, PublishedEntry entry) {
        if (!canSee(actor, entry)) {
            throw new ForbiddenException("案件 " + entry.caseRef() + " 不在您的辖区内");
        }
    }
}
