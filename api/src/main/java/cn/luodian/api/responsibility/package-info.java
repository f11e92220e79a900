/**
 * 责任网格 (responsibility grids) and the people who work them: a grid is a named set of unit grid
 * cells within one township; grid workers (网格员, role GRID_WORKER) and one leader (网格长) are
 * assigned to it. Cell membership and assignments have validity periods ({@code valid_to} null =
 * current): a change closes the old row and opens a new one, so history is kept; a cell is in at most
 * one grid at a time (a UNIQUE column holds it, V40).
 *
 * <p>Faces: {@link cn.luodian.api.responsibility.ResponsibilityGrids} (reads within the actor's scope,
 * history; for the case service {@code dutyAt(cell)}: the grid and the worker on duty there now,
 * and {@code cellsWorkedBy(username)}: the cells a grid worker's cases are in),
 * {@link cn.luodian.api.responsibility.GridAdmin} (create, edit, assign; ADMIN anywhere,
 * TOWNSHIP_STAFF in their township) and {@link cn.luodian.api.responsibility.GridImport} (CSV
 * {@code cellCode,gridName,worker} in UTF-8 or GBK, or GeoJSON; all or nothing). HTTP:
 * {@code GridController}, {@code /api/v1/grids}. Every write is one transaction with its audit entry.
 *
 * <p>Inside: the storage ({@code GridRepository}), the checks ({@code GridText}, {@code GridChecks},
 * {@code GridAccess}) and the file readers ({@code GridCsv}, {@code GridGeoJson}). Depends on
 * {@code layers} (cells, townships), {@code security} (users, audit) and {@code system}; never on
 * cases, which depend on it.
 */
package cn.luodian.api.responsibility;
