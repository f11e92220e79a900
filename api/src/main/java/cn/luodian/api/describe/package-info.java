/**
 * Describe and locate over HTTP, and the in-memory reference snapshot everything spatial reads.
 *
 * <p>{@link cn.luodian.api.describe.ReferenceIndexHolder} holds the current
 * {@link cn.luodian.api.describe.ReferenceSnapshot} (geo-data's {@code ReferenceIndex} with the
 * {@code Describer} and {@code Locator} built on it): loaded from the store through
 * {@code layers.ReferenceLayers} when the server is ready (or on first use), dropped by
 * {@code invalidate()} after the layers change (the demo loader calls it) and rebuilt on the next
 * request. Readers take one snapshot per request; describe, locate, places, case reports, hotspot
 * units and tiles do no database work for reference data.
 *
 * <p>{@link cn.luodian.api.describe.DescribeController} ({@code GET}/{@code POST /api/v1/describe})
 * and {@link cn.luodian.api.describe.LocateController} ({@code GET}/{@code POST /api/v1/locate})
 * are the endpoints; {@link cn.luodian.api.describe.Coordinates} checks a client's lon/lat in its
 * named datum and brings it to WGS-84. {@link cn.luodian.api.describe.SentencePlacer} turns a location
 * sentence into the one point a case may be placed at, or the reason why not (no place, unknown
 * names, several candidates, wider than {@link cn.luodian.api.describe.LocateSettings}'
 * {@code luodian.locate.max-uncertainty-metres}); the hotline import and Open311 use it.
 *
 * <p>Must not depend on cases or anything above it: cases, hotspots and tiles depend on this package.
 */
package cn.luodian.api.describe;
