/**
 * City components (部件, issue 16) in the store: the {@code component} table, one row per
 * 部件标识码 with its geometry (WGS-84), status, units and the unit grid cell and township its
 * location lies in, and {@code component_change}, each component's append-only history (created,
 * status, position, fields, removed: who, when, before and after).
 *
 * <p>{@link cn.luodian.api.components.ComponentImport} takes a CSV or GeoJSON file (command
 * {@code import-components}): {@code geo.component.ComponentFileReader} reads it against the
 * taxonomy's component 小类 and the statuses, {@code ComponentPlacer} places every component in the
 * reference snapshot as cases are placed (a file with a component outside the data is refused),
 * and {@code ImportWrite} writes it in one transaction: new codes inserted, changed ones updated
 * with their history, unchanged ones left alone; with a {@link cn.luodian.api.components.ComponentReplace}
 * the stored components of that 小类 or township the file lacks are removed. The import is audited
 * ({@code component.import}). All or nothing: a refused file changes nothing.
 *
 * <p>{@link cn.luodian.api.components.Components} is the face other packages use (one by code, a
 * bounded {@link cn.luodian.api.components.ComponentQuery}, a history, the components of a 小类 near a
 * report through {@link cn.luodian.api.components.NearbyComponents}, and the one write from outside:
 * a status a case's step sets, with a history row naming the case). Every write publishes
 * {@link cn.luodian.api.components.ComponentsChanged}; settings are {@code ComponentSettings}
 * ({@code luodian.components.*}: link radius, the farthest link, the status after each case action);
 * for the map's tile index every component as a {@link cn.luodian.api.components.ComponentOnMap} in keyset
 * pages of 10,000, or those of some codes;
 * {@link cn.luodian.api.components.ComponentsController} serves it read-only as GeoJSON
 * ({@code GET /api/v1/components}, {@code /near}, {@code GET /api/v1/components/{code}} with the history), for
 * signed-in users. {@code ComponentStore} is this package's JDBC, package-private: other features
 * read components through this package's services only.
 */
package cn.luodian.api.components;
