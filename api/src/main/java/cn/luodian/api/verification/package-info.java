/**
 * 核查 (verification) as a grid worker's task list: after a unit's 反馈 the case waits for the grid
 * worker it was placed with to confirm the fix on site, with a photo, within the 核查 clock
 * ({@code luodian.cases.verification-within}). The steps themselves (核查通过, 核查不通过) are case
 * transitions ({@link cn.luodian.api.cases.CaseTransitions} checks that the worker is the case's and
 * has photographed it); this package lists what waits, for the worker and for those who supervise
 * them, under {@code /api/v1/grids/tasks}.
 */
package cn.luodian.api.verification;
