package cn.luodian.api.hotspots;

import org.locationtech.jts.geom.Geometry;

/**
 * One unit of analysis: its id and name, its WGS-84 geometry (for output) and the centroid of that
 * geometry in the metric projection (EPSG:4548 in Beijing), which distances between units are
 * measured from.
 */
public record AnalysisUnit(String id, String name, Geometry geometry, double xMetres, double yMetres) {
}
