/**
 * 网格员考核: the grid workers' (and their 责任网格's) figures for a period, ranked like the townships,
 * as JSON and CSV under {@code /api/v1/grids/assessment}. Every figure is counted by SQL over the
 * store ({@link cn.luodian.api.assessment.AssessmentStore}), never by reading cases into Java.
 *
 * <h2>Period and attribution</h2>
 * Days [from, to) in the case zone (Asia/Shanghai), a calendar month by default, at most 366 days.
 * A case counts for the grid worker and 责任网格 stored with it when it was placed
 * ({@code city_case.grid_worker}, {@code responsibility_grid_id}), so a later reassignment does not
 * move old cases to the new worker.
 *
 * <h2>Figures</h2>
 * <ul>
 *   <li><b>上报问题数</b>: cases received in the period whose source is 网格巡查 ({@code grid_patrol},
 *       what a grid worker's own report gets) reported by the worker ({@code created_by}); per grid,
 *       those lying in the grid.</li>
 *   <li><b>核查任务数 / 按时核查数 → 核查及时率</b>: a task is one 反馈 ({@code case_event} action
 *       {@code reply}) in the period on a case placed with a grid worker — a case answered twice
 *       (核查不通过, then 反馈 again) gives two tasks. It is done on time when the case's own worker
 *       recorded 核查通过 or 核查不通过 within {@code luodian.cases.verification-within} (24 h) of
 *       that 反馈. A task decided by someone else (the centre) or not at all by its deadline is not on
 *       time. 核查及时率 = on time / decided, where decided means on time or past its deadline as of
 *       now: a task still inside its deadline is pending, as the 响应率 treats an unanswered case
 *       within its clock. 核查任务数 counts every task, pending ones included.</li>
 *   <li><b>巡查覆盖率</b>: of the unit grid cells the worker's 责任网格 held at any time in the period
 *       (assignments and cell memberships overlapping it), the share a patrol passed at least once in
 *       the period ({@code patrol_cell}): the worker's own patrols for a worker, anyone's for a grid.
 *       Once per period rather than a mean of daily shares: a cell must be walked at least once in
 *       the period, not every day; the per-day view is the patrols' own coverage report.</li>
 *   <li><b>案件数 and the four rates</b> (响应率, 解决率, 满意率, 按期结案率): of the cases received in
 *       the period placed with the worker or grid, with exactly the townships' definitions
 *       ({@link cn.luodian.api.stats.RateColumns}).</li>
 * </ul>
 *
 * <h2>Ranking and who sees what</h2>
 * The townships' score ({@link cn.luodian.api.stats.TownshipRanking}, the weights of
 * {@code luodian.stats.weights.*}) over the four case rates, with the same tie-breaks; 核查及时率 and
 * 巡查覆盖率 stand beside it. Rows are ranked within the scope read: the administrator, supervisors and
 * analysts their jurisdiction (the district, or one township with {@code township=}), township staff
 * their township, a grid worker their own row ranked among their township's workers (and no grid
 * ranking). Dispatchers and responsible units get 403.
 */
package cn.luodian.api.assessment;
