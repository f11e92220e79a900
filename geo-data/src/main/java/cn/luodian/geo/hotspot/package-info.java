/**
 * Hotspot statistics on analysis units (unit grid cells, H3 cells, villages …) whose centroids are
 * in projected metres (EPSG:4548 in Beijing; the caller projects). Plain Java, no I/O.
 *
 * <ul>
 *   <li>{@link cn.luodian.geo.hotspot.AnalysisUnits}: ids, centroids, values.</li>
 *   <li>{@link cn.luodian.geo.hotspot.SpatialWeights}: distance band or k nearest neighbours,
 *       binary or row-standardised, optionally with each unit as its own neighbour; units without
 *       neighbours are reported (spdep's zero.policy).</li>
 *   <li>{@link cn.luodian.geo.hotspot.GetisOrdGiStar}: Gi* z, p and ArcGIS confidence bins, with
 *       optional Benjamini–Hochberg FDR ({@link cn.luodian.geo.hotspot.ConfidenceBins}).</li>
 *   <li>{@link cn.luodian.geo.hotspot.LocalMoran}: local Moran's I with spdep's analytic moments,
 *       seeded conditional permutations and LISA quadrants.</li>
 *   <li>{@link cn.luodian.geo.hotspot.KernelDensity}: quartic kernel density on a grid.</li>
 *   <li>{@link cn.luodian.geo.hotspot.MannKendall}, {@link cn.luodian.geo.hotspot.EmergingHotspots}:
 *       trend test and ArcGIS's emerging hot spot patterns on a space-time cube.</li>
 *   <li>{@link cn.luodian.geo.hotspot.EarlyWarning}: counts in the latest window against each
 *       unit's own baseline (预警).</li>
 * </ul>
 *
 * <p><b>Reference implementation.</b> Gi* and local Moran's I are checked against R's spdep
 * (1.2-7 here) by {@code HotspotSpdepAgreementTest}: same neighbours ({@code dnearneigh},
 * {@code knn2nb(knearneigh)}, {@code include.self}, {@code nb2listw} styles "B" and "W"), z-scores
 * and Iᵢ within 1e-6 (in practice 1e-12). Every random step takes a seed: the same input and seed
 * give the same output.
 */
package cn.luodian.geo.hotspot;
