/**
 * Patrols (巡查) over HTTP: a grid worker's walks through their unit grid cells and the coverage
 * they give.
 *
 * <p>{@link cn.luodian.api.patrols.PatrolController} ({@code /api/v1/grids/patrols}: start, append
 * positions in bounded batches, stop, upload a GPX file, list one's own or a jurisdiction's, one
 * patrol with its cells and track, coverage per day or week) over the face
 * {@link cn.luodian.api.patrols.Patrols} (the writes: one transaction each with its audit entry;
 * only the worker writes their own running patrol) and
 * {@link cn.luodian.api.patrols.PatrolCoverageReports}. The track and its cells come from geo-data's
 * {@code patrol} package ({@code GpxReader}, {@code TrackCoverage} against the grid cells of the
 * current {@code describe} snapshot, in its Gauss-Krüger projection, EPSG:4548 for 通州); positions
 * arrive in WGS-84 or a named {@code crs} and are stored in WGS-84. The cells coverage is measured
 * over are a {@link cn.luodian.api.patrols.PatrolCellSet} ({@code ResponsibilityCellSet}: the cells
 * of the worker's 责任网格; {@code ScopeCellSet}, the cells within their scope code, for a worker on none). Storage: {@code PatrolStore}
 * (tables {@code patrol}, {@code patrol_point}, {@code patrol_cell}, migration V41). Settings:
 * {@link cn.luodian.api.patrols.PatrolSettings} ({@code luodian.patrols.*}).
 *
 * <p>The {@code patrols} tile layer ({@code PatrolTileController}, {@code /tiles/patrols/{z}/{x}/{y}.mvt},
 * listed in {@code /tiles/catalog}): today's lines from memory ({@code TodaysPatrolLines}), for
 * signed-in users only, each seeing what they may read.
 *
 * <p>Depends on {@code describe} (the snapshot's cells), {@code security}, {@code tiles} (the
 * catalog) and {@code system}.
 */
package cn.luodian.api.patrols;
