/**
 * Who a case goes to: responsible units (责任单位) and the dispatch rules.
 *
 * <p>{@link cn.luodian.api.dispatch.ResponsibleUnit} is a department (城管执法, 环卫, 水务 …) or a
 * township's own office, the home unit (属地) of that township.
 * {@link cn.luodian.api.dispatch.DispatchRule} maps (category prefix, jurisdiction prefix) to a unit.
 * {@link cn.luodian.api.dispatch.Dispatcher} chooses the most specific matching rule (longest
 * category prefix, then longest jurisdiction prefix, then priority, then oldest), else the home
 * township's unit; the case workflow asks it on 派遣 when no unit is named and, with
 * {@code luodian.cases.auto-dispatch=true}, on registration (智能派单).
 * {@link cn.luodian.api.dispatch.ResponsibleUnits} is the face other packages read and add units
 * and rules through; {@code DispatchRepository} keeps {@code responsible_unit} and {@code dispatch_rule}.
 *
 * <p>The administrator manages both ({@link cn.luodian.api.dispatch.DispatchAdmin}, under
 * {@code /api/v1/admin/units}, {@code /api/v1/admin/dispatch-rules} and the 试算
 * {@code /api/v1/admin/dispatch-preview}): checked forms ({@code UnitForm}, {@code RuleForm}), one
 * audited transaction per change, ADMIN only. A unit is disabled (停用), never deleted, because
 * cases point at it; a disabled unit is not offered at 派遣, its rules are passed over and it is no
 * township's home unit. Two rules with the same category and place are refused (409).
 *
 * <p>Depends on {@code security} (the actor, the audit log), {@code categories} and {@code layers}
 * (to check that a rule's category and place exist); it is given category and jurisdiction codes,
 * not cases.
 */
package cn.luodian.api.dispatch;
