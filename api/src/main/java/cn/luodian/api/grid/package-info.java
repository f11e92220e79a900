/**
 * The unit grid (单元网格) over HTTP: {@link cn.luodian.api.grid.GridCellController} answers
 * {@code /api/v1/grid/cells/{code}}, one cell by its 15-digit code as GeoJSON with its village,
 * township and area.
 *
 * <p>The cells themselves are a reference layer ({@code layers}); they are generated for the demo by
 * geo-data's {@code grid.UnitGridGenerator} or imported. Read-only: depends on {@code layers} and
 * {@code system}, never on cases.
 */
package cn.luodian.api.grid;
