/**
 * Patrols (巡查) in plain Java: the track a grid worker walked and the unit grid cells it covered.
 *
 * <p>{@link cn.luodian.geo.patrol.Track} is an immutable, bounded list of
 * {@link cn.luodian.geo.patrol.TrackPoint}s (WGS-84 lon/lat with an instant, times never going
 * back, at most 20,000 points). {@link cn.luodian.geo.patrol.GpxReader} reads one from a GPX file
 * (trk/trkseg/trkpt and rte/rtept, each with its time) and treats the file as hostile: no DTD, so
 * no entity of any kind; size, point and nesting limits; Chinese errors naming the element and
 * line. {@link cn.luodian.geo.patrol.TrackCoverage} answers which cells a track passed within a
 * buffer (default 30 m) and how long it was, measured in the Gauss-Krüger projection of
 * {@code crs} (EPSG:4548 for Beijing), as a {@link cn.luodian.geo.patrol.Coverage} of
 * {@link cn.luodian.geo.patrol.CellPass}es with the time each cell was first passed. Refusals are
 * {@link cn.luodian.geo.patrol.TrackException}s.
 *
 * <p>Depends on {@code crs} and {@code layer} (the {@code GridCell} value) only.
 */
package cn.luodian.geo.patrol;
