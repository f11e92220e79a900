/**
 * In-memory spatial indexes over features in metric coordinates, with deterministic answers.
 *
 * <p>{@link cn.luodian.geo.index.AreaIndex} answers which polygon holds a point (an STRtree of
 * prepared locators; a point on a shared boundary goes to the area earlier in build order).
 * {@link cn.luodian.geo.index.NearestFeatureIndex} finds the nearest line or area feature (lines
 * split into segments in an STRtree; the distance to an area is to its edge, 0 inside; ties go to the
 * first in order) and answers a {@link cn.luodian.geo.index.Snap}: the feature, the distance in metres
 * and the nearest point.
 *
 * <p>Both are generic over the feature type and know nothing of layers or projections: callers
 * (such as {@code describe.ReferenceIndex}) project to metres first. Depends on JTS only.
 */
package cn.luodian.geo.index;
