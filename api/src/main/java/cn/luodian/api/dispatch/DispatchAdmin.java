package cn.luodian.api.dispatch;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.layers.ReferenceLayers;
import cn.luodian.api.security.Actor;
import cn.luodian.api.security.AuditLog;
import cn.luodian.api.security.Role;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.ConflictException;
import cn.luodian.api.system.ForbiddenException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.geo.layer.AdminLevel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's changes to responsible units and dispatch rules: each checked (fields, the
 * category, place and unit it names), written and audited in one transaction, so a refused change
 * changes nothing. Only ADMIN may call these (checked here, whatever the caller).
 */
@Service
public class DispatchAdmin {
    private final DispatchRepository rows;
    private final AuditLog audit;
    private final Taxonomy taxonomy;
    private final ReferenceLayers layers;
    private final TransactionTemplate transactions;

    public DispatchAdmin(DispatchRepository rows, AuditLog audit, Taxonomy taxonomy, ReferenceLayers layers,
                         TransactionTemplate transactions) {
        this.rows = rows;
        this.audit = audit;
        this.taxonomy = taxonomy;
        this.layers = layers;
        this.transactions = transactions;
    }

    public ResponsibleUnit createUnit(Actor by, UnitForm form) {
        requireAdmin(by);
        UnitForm unit = form.checked(true);
        checkTownship(unit.townshipCode());
        try {
            return transactions.execute(status -> {
                if (rows.findUnitByCode(unit.code()).isPresent()) {
                    throw new ConflictException("单位编码 " + unit.code() + " 已被使用");
                }
                refuseSameName(unit.name(), null);
                long id = rows.insertUnit(unit.code(), unit.name(), unit.townshipCode(), unit.contact());
                audit.record(by, "unit.create", "unit", String.valueOf(id), unitDetail(unit));
                return rows.findUnit(id).orElseThrow();
            });
        } catch (DuplicateKeyException e) {
            throw new ConflictException("单位编码 " + unit.code() + " 已被使用");
        }
    }

    public ResponsibleUnit updateUnit(Actor by, long id, UnitForm form) {
        requireAdmin(by);
        UnitForm unit = form.checked(false);
        checkTownship(unit.townshipCode());
        return transactions.execute(status -> {
            ResponsibleUnit before = rows.lockUnit(id).orElseThrow(() -> unitNotFound(id));
            refuseSameName(unit.name(), id);
            rows.updateUnit(id, unit.name(), unit.townshipCode(), unit.contact());
            Map<String, Object> detail = unitDetail(unit);
            detail.put("code", before.code());
            audit.record(by, "unit.update", "unit", String.valueOf(id), detail);
            return rows.findUnit(id).orElseThrow();
        });
    }

    /**
     * Disables (停用) or enables a unit. A disabled unit keeps its cases and history; it is no longer
     * offered at 派遣, rules naming it are passed over and it is no township's home unit.
     */
    public ResponsibleUnit setUnitEnabled(Actor by, long id, boolean enabled) {
        requireAdmin(by);
        return transactions.execute(status -> {
            ResponsibleUnit unit = rows.lockUnit(id).orElseThrow(() -> unitNotFound(id));
            if (unit.enabled() == enabled) {
                throw new ConflictException("责任单位“" + unit.name() + "”已经是" + (enabled ? "启用" : "停用") + "状态");
            }
            rows.setUnitEnabled(id, enabled);
            audit.record(by, enabled ? "unit.enable" : "unit.disable", "unit", String.valueOf(id),
                    Map.of("code", unit.code(), "name", unit.name()));
            return rows.findUnit(id).orElseThrow();
        });
    }

    public DispatchRule createRule(Actor by, RuleForm form) {
        requireAdmin(by);
        RuleForm rule = form.checked();
        checkRuleReferences(rule);
        return transactions.execute(status -> {
            lockEnabledUnit(rule.unitId());
            refuseSameMatch(rule, null);
            long id = rows.insertRule(rule.categoryPrefix(), rule.jurisdictionPrefix(), rule.unitId(), rule.priority());
            audit.record(by, "dispatch-rule.create", "dispatch-rule", String.valueOf(id), ruleDetail(rule));
            return rows.findRule(id).orElseThrow();
        });
    }

    public DispatchRule updateRule(Actor by, long id, RuleForm form) {
        requireAdmin(by);
        RuleForm rule = form.checked();
        checkRuleReferences(rule);
        return transactions.execute(status -> {
            rows.findRule(id).orElseThrow(() -> ruleNotFound(id));
            lockEnabledUnit(rule.unitId());
            refuseSameMatch(rule, id);
            rows.updateRule(id, rule.categoryPrefix(), rule.jurisdictionPrefix(), rule.unitId(), rule.priority());
            audit.record(by, "dispatch-rule.update", "dispatch-rule", String.valueOf(id), ruleDetail(rule));
            return rows.findRule(id).orElseThrow();
        });
    }

    public void deleteRule(Actor by, long id) {
        requireAdmin(by);
        transactions.executeWithoutResult(status -> {
            DispatchRule rule = rows.findRule(id).orElseThrow(() -> ruleNotFound(id));
            rows.deleteRule(id);
            audit.record(by, "dispatch-rule.delete", "dispatch-rule", String.valueOf(id), ruleDetail(
                    new RuleForm(rule.categoryPrefix(), rule.jurisdictionPrefix(), rule.unitId(), rule.priority())));
        });
    }

    static void requireAdmin(Actor by) {
        if (by.role() != Role.ADMIN) {
            throw new ForbiddenException("只有系统管理员可以管理责任单位和派遣规则");
        }
    }

    private void checkTownship(String townshipCode) {
        if (townshipCode != null && layers.findAdminArea(townshipCode)
                .filter(area -> area.level() == AdminLevel.TOWNSHIP).isEmpty()) {
            throw new BadRequestException("没有代码为 " + townshipCode + " 的街乡镇");
        }
    }

    private void checkRuleReferences(RuleForm rule) {
        if (!rule.categoryPrefix().isEmpty() && taxonomy.find(rule.categoryPrefix()).isEmpty()) {
            throw new BadRequestException("没有代码为 " + rule.categoryPrefix() + " 的案件类别");
        }
        if (!rule.jurisdictionPrefix().isEmpty() && layers.findAdminArea(rule.jurisdictionPrefix()).isEmpty()) {
            throw new BadRequestException("没有代码为 " + rule.jurisdictionPrefix() + " 的行政区划");
        }
    }

    private void lockEnabledUnit(long unitId) {
        ResponsibleUnit unit = rows.lockUnit(unitId)
                .orElseThrow(() -> new BadRequestException("没有编号为 " + unitId + " 的责任单位"));
        if (!unit.enabled()) {
            throw new BadRequestException("责任单位“" + unit.name() + "”已停用，不能再向它派遣");
        }
    }

    /** Two rules with the same category and place would leave the choice to their priority and age: refused. */
    private void refuseSameMatch(RuleForm rule, Long except) {
        Optional<DispatchRule> same = rows.listRules().stream()
                .filter(r -> except == null || r.id() != except)
                .filter(r -> r.categoryPrefix().equals(rule.categoryPrefix())
                        && r.jurisdictionPrefix().equals(rule.jurisdictionPrefix()))
                .findFirst();
        if (same.isPresent()) {
            String unit = rows.findUnit(same.get().unitId()).map(ResponsibleUnit::name).orElse("未知单位");
            throw new ConflictException("已有类别和区域都相同的规则（规则 " + same.get().id() + "，派往“" + unit
                    + "”）：请修改那条规则");
        }
    }

    private void refuseSameName(String name, Long except) {
        rows.listUnits().stream()
                .filter(u -> u.name().equals(name) && (except == null || u.id() != except))
                .findFirst()
                .ifPresent(u -> {
                    throw new ConflictException("已有同名的责任单位（编码 " + u.code() + "）");
                });
    }

    private static Map<String, Object> unitDetail(UnitForm unit) {
        Map<String, Object> detail = new LinkedHashMap<>();
        if (unit.code() != null) {
            detail.put("code", unit.code());
        }
        detail.put("name", unit.name());
        detail.put("townshipCode", unit.townshipCode());
        detail.put("contact", unit.contact());
        return detail;
    }

    private static Map<String, Object> ruleDetail(RuleForm rule) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("categoryPrefix", rule.categoryPrefix());
        detail.put("jurisdictionPrefix", rule.jurisdictionPrefix());
        detail.put("unitId", rule.unitId());
        detail.put("priority", rule.priority());
        return detail;
    }

    private static NotFoundException unitNotFound(long id) {
        return new NotFoundException("没有编号为 " + id + " 的责任单位");
    }

    private static NotFoundException ruleNotFound(long id) {
        return new NotFoundException("没有编号为 " + id + " 的派遣规则");
    }

    /** For the list screens: every unit and rule, in their stored order. */
    public List<ResponsibleUnit> listUnits(Actor by) {
        requireAdmin(by);
        return rows.listUnits();
    }

    public List<DispatchRule> listRules(Actor by) {
        requireAdmin(by);
        return rows.listRules();
    }
}
