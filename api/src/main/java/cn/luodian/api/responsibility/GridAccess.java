package cn.luodian.api.responsibility;

import cn.luodian.api.security.Actor;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.ForbiddenException;

/**
 * Who may do what with 责任网格: the administrator writes everywhere, township staff in their own
 * township; the staff roles read within their scope; a grid worker reads the grids they work on; a
 * responsible unit reads none.
 */
final class GridAccess {
    private GridAccess() {
    }

    static void requireManage(Actor actor, String townshipCode) {
        boolean may = actor.role() == Role.ADMIN
                || actor.role() == Role.TOWNSHIP_STAFF && actor.covers(townshipCode);
        if (!may) {
            throw new ForbiddenException(actor.role() == Role.TOWNSHIP_STAFF
                    ? "街乡镇工作人员只能管理本街乡镇的责任网格"
                    : "只有系统管理员和街乡镇工作人员可以管理责任网格");
        }
    }

    /** May the actor manage grids at all (somewhere)? */
    static void requireManager(Actor actor) {
        if (actor.role() != Role.ADMIN && actor.role() != Role.TOWNSHIP_STAFF) {
            throw new ForbiddenException("只有系统管理员和街乡镇工作人员可以管理责任网格");
        }
    }

    static void requireReader(Actor actor) {
        if (actor.role() == Role.RESPONSIBLE_UNIT) {
            throw new ForbiddenException("责任单位不能查看责任网格");
        }
    }

    /** A staff role may read a township's grids when its scope holds the township or lies inside it. */
    static boolean mayRead(Actor actor, String townshipCode) {
        if (actor.role() == Role.RESPONSIBLE_UNIT || actor.role() == Role.GRID_WORKER) {
            return false;
        }
        return actor.covers(townshipCode) || actor.scopeCode().startsWith(townshipCode);
    }
}
