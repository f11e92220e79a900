/**
 * Hotspot analyses over the cases for planners ({@code POST /api/v1/hotspots/{analysis}}), the
 * statistics themselves from geo-data's {@code hotspot} package.
 *
 * <p>Every analysis is a {@link cn.luodian.api.hotspots.HotspotAnalysis} bean with a name and a
 * {@code run(request, actor)} answering a {@link cn.luodian.api.hotspots.HotspotAnswer} that writes
 * itself as GeoJSON/JSON, CSV (UTF-8 with BOM) or the workspace's compact form ({@code ?format=compact},
 * {@code HotspotCompactJson}: rows of columns and integer rings, only for the cells a map colours;
 * {@code HotspotFormat}); one endpoint,
 * {@code HotspotController}, whose path admits the known names (unknown: 404). The analyses:
 * {@code GiStarAnalysis}, {@code LocalMoranAnalysis}, {@code KernelDensityAnalysis},
 * {@code EmergingAnalysis} (space-time Gi*, {@code SpaceTimeCube}, {@code TimeSteps}),
 * {@code WarningAnalysis} (预警, {@code WarningCounts}) — each split into checked options
 * ({@code …Options}), computation and table ({@code …Table}) — and {@code MonthlyTopicsAnalysis}
 * over {@code MonthlyTopics} (每月一题, its own JSON shape).
 *
 * <p>Inputs: {@code HotspotUnits} (grid cells, villages, townships from the reference snapshot, H3
 * hexagons by {@code H3Cells}; centroids in EPSG:4548 metres), {@code UploadedUnits} (a planner's
 * FeatureCollection), {@code HotspotInputs} (who may ask — not responsible units — and the case
 * filter within the actor's jurisdiction, counted per unit through {@code cases.CaseService}),
 * {@code NeighbourWeights}, whose weights {@code WeightsCache} keeps for the last few unit sets (they
 * depend on the units and the neighbourhood, not on the cases). {@code HotspotCore} turns the core's IllegalArgumentException into 400;
 * limits in {@code HotspotSettings} ({@code luodian.hotspots.*}).
 *
 * <p>Depends on {@code cases}, {@code categories}, {@code describe}, {@code layers}, {@code stats},
 * {@code security} and {@code system}; {@code tiles} draws Gi* through it.
 */
package cn.luodian.api.hotspots;
