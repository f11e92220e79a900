package cn.luodian.geo.tile.raster;

import org.locationtech.jts.geom.Geometry;

/**
 * A short part of a line (or a whole area) in Web Mercator metres, as the base map's spatial
 * indexes hold it. Long lines are cut into pieces so that a tile only walks the vertices near it.
 *
 * @param kind        the class it is drawn as (a road class, a waterway class, an admin level)
 * @param startMetres how far along its whole line the piece starts: dashes continue across pieces
 *                    and tiles because the dash phase is taken from it
 */
record Piece<K>(Geometry geometryMetres, K kind, double startMetres) {
}
