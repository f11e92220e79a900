/**
 * The case (案件): reporting, the workflow from 受理 to 结案, the supervision clock check, and the case
 * list.
 *
 * <p>Its face, for every other package: {@link cn.luodian.api.cases.CaseService} (report a case:
 * category check, datum → WGS-84, the describe sentence, jurisdictions and grid cell, number
 * {@code TZ-yyyyMMdd-nnnnn}, clocks; read and list for a signed-in {@code Actor} within their scope;
 * check and store imported rows), {@link cn.luodian.api.cases.CaseTransitions} (every workflow step:
 * legality 409, role and scope 403, optimistic locking, history, supervision records settled,
 * 智能派单), {@link cn.luodian.api.cases.CaseLookup} (reads for the system: the exposure list, the
 * demo, imports, the map's point index) and {@link cn.luodian.api.cases.CaseClockCheck} (the
 * supervision clocks, run by {@code ClockScheduler}), {@link cn.luodian.api.cases.CaseSearch} (the search box:
 * full number, number parts and description words among the newest cases of the actor's scope, read
 * by {@code CaseWordSearch}, bounded). Values: {@link cn.luodian.api.cases.CityCase}
 * (immutable, with a builder), {@code CaseState}, {@code CaseAction}, {@code CaseFilter} (parsed by
 * {@code CaseFilterParser}, shared with hotspots and tiles), {@code CaseEvent}, {@code CasePlaceLevel}.
 * Events: {@code CaseChanged} (create and every step) and {@code CasesMarkedOverdue}, published inside
 * the transaction and acted on after commit by the map's indexes.
 *
 * <p>Inside, package-private: the storage ({@code CaseRepository}, {@code CaseEventRepository},
 * {@code CaseRowMapper}, {@code CaseQueries}), the transition table ({@code Workflow}), who sees what
 * ({@code CaseAccess}, contact masking), duplicate hints ({@code DuplicateFinder}: same 小类 within 50 m
 * and 7 days, in metres) and the H2 list planner ({@code H2ListPlanner} with {@code CaseListStatistics}:
 * which index a list reads on H2; PostgreSQL plans itself; docs/decisions/0005). A list page and its
 * count are capped at 1,001.
 *
 * <p>A case stores the 责任网格 and grid worker on duty in its cell when it is placed ({@code CityCase.gridDuty},
 * from {@code responsibility}); a grid worker sees the cases in the cells of their grids now and their
 * own reports ({@code GridWorkerCells}, {@code CaseAccess}).
 *
 * <p>A case may be about a 部件 ({@code CityCase.componentCode}): {@code CaseComponents} checks the code a
 * report names, gives {@code dispatch} the component's owner and maintainer to propose, and sets the
 * component's status after a step; {@code ComponentCasesController} lists a component's cases.
 *
 * <p>Depends on the reference data ({@code describe}, {@code layers}), {@code categories}, {@code components},
 * {@code dispatch}, {@code responsibility}, {@code clocks}, {@code security} and {@code system}; never on what is built on
 * cases (tiles, hotspots, stats, exposure, hotline, open311, demo).
 */
package cn.luodian.api.cases;
