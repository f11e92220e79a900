package cn.luodian.api.components;

import org.locationtech.jts.geom.Geometry;

/**
 * What a map shows of a stored component (the {@code components} tile layer): its code, 小类, name,
 * status and WGS-84 geometry, without the units, dates and notes a card shows.
 */
public record ComponentOnMap(String code, String categoryCode, String name, String status, Geometry geometry) {
}
