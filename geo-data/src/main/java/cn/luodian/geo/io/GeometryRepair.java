package cn.luodian.geo.io;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * Repairs what can be repaired without changing what a feature is (self-touching rings,
 * bow-ties, wrong orientation, repeated points) and rejects the rest with the validity reason.
 */
public final class GeometryRepair {

    private GeometryRepair() {
    }

    public static Geometry repair(Geometry geometry) {
        if (geometry.isEmpty()) {
            throw new IllegalArgumentException("几何图形为空");
        }
        if (geometry.isValid()) {
            return geometry;
        }
        String reason = new IsValidOp(geometry).getValidationError().getMessage();
        Geometry fixed = GeometryFixer.fix(geometry);
        // A polygon may become a multipolygon, a line a multiline; a collapse to a lower
        // dimension or a mixed collection would change what the feature is.
        boolean keptKind = fixed.getDimension() == geometry.getDimension()
                && (isMixedCollection(fixed) == isMixedCollection(geometry));
        if (fixed.isEmpty() || !fixed.isValid() || !keptKind) {
            throw new IllegalArgumentException("几何图形无效且无法修复：" + reason);
        }
        fixed.setSRID(geometry.getSRID());
        return fixed;
    }

    private static boolean isMixedCollection(Geometry geometry) {
        return geometry.getGeometryType().equals(Geometry.TYPENAME_GEOMETRYCOLLECTION);
    }
}
