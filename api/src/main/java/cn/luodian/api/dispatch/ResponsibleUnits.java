package cn.luodian.api.dispatch;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The responsible units (责任单位) and the dispatch rules as the other features read and, for the demo
 * and imports, add them. {@link Dispatcher} chooses a unit for a case.
 */
@Component
public class ResponsibleUnits {
    private final DispatchRepository rows;

    public ResponsibleUnits(DispatchRepository rows) {
        this.rows = rows;
    }

    public List<ResponsibleUnit> listUnits() {
        return rows.listUnits();
    }

    /** The units a case may be dispatched to now: not disabled (停用). */
    public List<ResponsibleUnit> listEnabledUnits() {
        return rows.listUnits().stream().filter(ResponsibleUnit::enabled).toList();
    }

    public Optional<ResponsibleUnit> findUnit(long id) {
        return rows.findUnit(id);
    }

    public Optional<ResponsibleUnit> findUnitByCode(String code) {
        return rows.findUnitByCode(code);
    }

    public Optional<ResponsibleUnit> findHomeUnit(String townshipCode) {
        return rows.findHomeUnit(townshipCode);
    }

    public long insertUnit(String code, String name, String townshipCode) {
        return rows.insertUnit(code, name, townshipCode);
    }

    public List<DispatchRule> listRules() {
        return rows.listRules();
    }

    public long insertRule(String categoryPrefix, String jurisdictionPrefix, long unitId, int priority) {
        return rows.insertRule(categoryPrefix, jurisdictionPrefix, unitId, priority);
    }
}
