package cn.luodian.geo.io.osm;

import cn.luodian.geo.layer.Landmark;
import cn.luodian.geo.layer.LandmarkType;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;

/** Pass 3: the positions of the nodes the kept ways need, and named points of interest. */
final class NodeCollector implements OsmHandler {
    private final NodeCoordinates coordinates;
    private final GeometryFactory factory;
    private final List<Landmark> pois = new ArrayList<>();

    NodeCollector(NodeCoordinates coordinates, GeometryFactory factory) {
        this.coordinates = coordinates;
        this.factory = factory;
    }

    @Override
    public boolean wantsNodes() {
        return true;
    }

    @Override
    public boolean wantsWays() {
        return false;
    }

    @Override
    public boolean wantsRelations() {
        return false;
    }

    @Override
    public void node(long id, double lon, double lat, OsmTags tags) {
        coordinates.put(id, lon, lat);
        if (!tags.isEmpty() && OsmFeatureRules.isPoi(tags) && !tags.name().isEmpty()) {
            pois.add(new Landmark(tags.name(), LandmarkType.POI, factory.createPoint(new Coordinate(lon, lat))));
        }
    }

    List<Landmark> pois() {
        return List.copyOf(pois);
    }
}
