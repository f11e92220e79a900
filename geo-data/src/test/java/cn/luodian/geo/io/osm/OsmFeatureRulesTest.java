package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.RoadClass;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class OsmFeatureRulesTest {

    @ParameterizedTest
    @CsvSource({
        "motorway, MOTORWAY", "motorway_link, MOTORWAY", "trunk_link, TRUNK", "tertiary_link, TERTIARY",
        "residential, RESIDENTIAL", "living_street, LIVING_STREET", "service, SERVICE", "track, TRACK",
    })
    void keptHighwaysAndTheirLinks(String highway, RoadClass expected) {
        assertThat(OsmFeatureRules.roadClass(OsmTags.of("highway", highway))).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"footway", "path", "cycleway", "steps", "construction", "residential_link", "track_link", "_link", ""})
    void otherHighwaysAreNotRoads(String highway) {
        assertThat(OsmFeatureRules.roadClass(OsmTags.of("highway", highway))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"6, DISTRICT", "7, TOWNSHIP", "8, TOWNSHIP", "9, VILLAGE", "10, VILLAGE"})
    void adminLevels(String adminLevel, AdminLevel expected) {
        OsmTags tags = OsmTags.of("type", "boundary", "boundary", "administrative", "admin_level", adminLevel);
        assertThat(OsmFeatureRules.adminLevel(tags)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "boundary, administrative, 4",
        "boundary, administrative, 11",
        "boundary, political, 8",
        "route, administrative, 8",
    })
    void otherBoundariesAreNotAdminAreas(String type, String boundary, String adminLevel) {
        OsmTags tags = OsmTags.of("type", type, "boundary", boundary, "admin_level", adminLevel);
        assertThat(OsmFeatureRules.adminLevel(tags)).isEqualTo(Optional.empty());
    }

    @ParameterizedTest
    @CsvSource({"amenity, school", "shop, supermarket", "healthcare, clinic", "historic, memorial", "railway, station",
        "public_transport, station"})
    void pointsOfInterest(String key, String value) {
        assertThat(OsmFeatureRules.isPoi(OsmTags.of(key, value))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"railway, level_crossing", "highway, crossing", "place, village", "created_by, JOSM"})
    void notPointsOfInterest(String key, String value) {
        assertThat(OsmFeatureRules.isPoi(OsmTags.of(key, value))).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"natural, water", "waterway, riverbank", "landuse, reservoir", "landuse, basin"})
    void waterAreas(String key, String value) {
        assertThat(OsmFeatureRules.isWaterArea(OsmTags.of(key, value))).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"building, yes, true", "building, school, true", "building, no, false", "name, 楼, false"})
    void buildings(String key, String value, boolean expected) {
        assertThat(OsmFeatureRules.isBuilding(OsmTags.of(key, value))).isEqualTo(expected);
    }
}
