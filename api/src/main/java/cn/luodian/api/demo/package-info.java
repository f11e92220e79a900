/**
 * The demo region and its sample content (示意数据, 示例), loaded into an empty store when the
 * server starts.
 *
 * <p>{@link cn.luodian.api.demo.DemoRegionLoader} writes geo-data's {@code TongzhouDemoRegion} and
 * its division codes through {@code layers.ReferenceLayers} in one transaction, only when the store
 * holds no imported feature or code, and publishes {@link cn.luodian.api.demo.DemoRegionLoaded}
 * inside it so listeners add their part atomically: {@link cn.luodian.api.demo.DemoUsers} signs up
 * the demo users with their published passwords (and disables them once the demo data is gone), then
 * {@link cn.luodian.api.demo.DemoGrids} the demo 责任网格 of 漷县镇 and 梨园镇 (every cell, grouped by
 * community and village) with their demo grid workers and leaders, so the sample cases meet them.
 * {@link cn.luodian.api.demo.DemoCasesLoader} then adds the demo's responsible units and dispatch
 * rules ({@code DemoUnits}) and the sample cases ({@code DemoCases}, 300 by default,
 * {@code luodian.demo-sample-cases}), replayed through the real workflow at past times on a pinned
 * {@code system.AppClock}. {@link cn.luodian.api.demo.DemoExposureLoader} publishes the sample
 * exposure list, 第191期 and 第192期, through the real services, with photos drawn in code
 * ({@code DemoPhotos}).
 *
 * <p>The top of the module: it goes through other packages' services like any client, and no
 * product package should depend on it. Import commands never run it.
 */
package cn.luodian.api.demo;
