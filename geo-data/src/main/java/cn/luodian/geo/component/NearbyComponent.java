package cn.luodian.geo.component;

/** A component near a point, with its distance in EPSG:4548 metres (0 inside a polygon). */
public record NearbyComponent(Component component, double distanceMetres) {
}
