package cn.luodian.api.responsibility;

import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Role;
import cn.luodian.api.security.UserAccounts;
import cn.luodian.api.security.UserRecord;
import cn.luodian.api.system.BadRequestException;
import java.util.Collection;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The checks against stored data that grid forms and imports share; each failure a 400 in Chinese. */
@Component
class GridChecks {
    private final ReferenceLayers layers;
    private final UserAccounts users;
    private final GridRepository grids;

    GridChecks(ReferenceLayers layers, UserAccounts users, GridRepository grids) {
        this.layers = layers;
        this.users = users;
        this.grids = grids;
    }

    void requireCellExists(String cellCode) {
        if (layers.findGridCell(cellCode).isEmpty()) {
            throw new BadRequestException("没有代码为 " + cellCode + " 的单元网格");
        }
    }

    void requireTownship(String townshipCode) {
        if (layers.findAdminArea(townshipCode).isEmpty()) {
            throw new BadRequestException("没有代码为 " + townshipCode + " 的街乡镇");
        }
    }

    /** The township a cell lies in, by its code (village 12 digits + sequence 3). */
    static String townshipOf(String cellCode) {
        return cellCode.substring(0, 9);
    }

    /** None of the cells is in a grid other than {@code gridId} (null: a new grid) now. */
    void requireFree(Collection<String> cellCodes, Long gridId) {
        Map<String, Long> taken = grids.gridsOfCells(cellCodes);
        for (String cell : cellCodes) {
            Long other = taken.get(cell);
            if (other != null && !other.equals(gridId)) {
                String name = grids.find(other).map(GridRepository.GridRow::name).orElse(String.valueOf(other));
                throw new BadRequestException("单元网格 " + cell + " 已属于责任网格「" + name + "」：请先从那里移出");
            }
        }
    }

    /** The user, when they are an enabled grid worker whose scope lies within the township. */
    UserRecord requireWorker(String username, String townshipCode) {
        UserRecord user = users.find(username)
                .orElseThrow(() -> new BadRequestException("没有账号为 '" + username + "' 的用户"));
        if (user.role() != Role.GRID_WORKER) {
            throw new BadRequestException("用户 '" + username + "'（" + user.displayName() + "）不是网格员");
        }
        if (!user.enabled()) {
            throw new BadRequestException("网格员 '" + username + "' 已停用");
        }
        if (!user.scopeCode().startsWith(townshipCode)) {
            throw new BadRequestException("网格员 '" + username + "'（" + user.displayName() + "）不属于街乡镇 " + townshipCode);
        }
        return user;
    }
}
