package cn.luodian.api.components;

/** A stored component and its distance in metres (EPSG:4548) from a report's place. */
public record ComponentAtDistance(StoredComponent component, double distanceMetres) {
}
