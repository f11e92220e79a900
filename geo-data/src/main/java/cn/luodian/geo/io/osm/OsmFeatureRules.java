package cn.luodian.geo.io.osm;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.RoadClass;
import cn.luodian.geo.layer.WaterwayClass;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Which OSM tags make which reference feature. Pure functions of the tags. */
final class OsmFeatureRules {
    private static final Set<String> ROAD_HIGHWAYS = Set.of("motorway", "trunk", "primary", "secondary", "tertiary",
            "unclassified", "residential", "living_street", "service", "track");
    private static final Set<String> LINK_HIGHWAYS = Set.of("motorway", "trunk", "primary", "secondary", "tertiary");
    private static final Set<String> WATERWAY_LINES = Set.of("river", "canal", "stream", "ditch", "drain");
    private static final List<String> POI_KEYS = List.of("amenity", "shop", "tourism", "office", "leisure",
            "healthcare", "public_transport", "historic");
    /** Where a division code may be tagged, most specific first. */
    static final List<String> CODE_KEYS = List.of("ref", "ref:gb", "gb:code", "ref:stats");

    private OsmFeatureRules() {
    }

    /** motorway … track, and the {@code _link} ramps of the first five, as the class they link. */
    static Optional<RoadClass> roadClass(OsmTags tags) {
        String highway = tags.stripped("highway");
        String base = highway.endsWith("_link") ? highway.substring(0, highway.length() - "_link".length()) : highway;
        boolean known = highway.equals(base) ? ROAD_HIGHWAYS.contains(base) : LINK_HIGHWAYS.contains(base);
        return known ? Optional.of(RoadClass.parse(base)) : Optional.empty();
    }

    static Optional<WaterwayClass> waterwayLineClass(OsmTags tags) {
        String waterway = tags.stripped("waterway");
        return WATERWAY_LINES.contains(waterway) ? Optional.of(WaterwayClass.parse(waterway)) : Optional.empty();
    }

    static boolean isWaterArea(OsmTags tags) {
        return tags.is("natural", "water") || tags.is("waterway", "riverbank")
                || tags.is("landuse", "reservoir") || tags.is("landuse", "basin");
    }

    static boolean isBuilding(OsmTags tags) {
        return tags.has("building") && !tags.is("building", "no");
    }

    static boolean isPoi(OsmTags tags) {
        return POI_KEYS.stream().anyMatch(tags::has) || tags.is("railway", "station");
    }

    /** An area relation: only multipolygons carry their area tags on the relation itself. */
    static boolean isMultipolygon(OsmTags tags) {
        return tags.is("type", "multipolygon");
    }

    /** admin_level 6 → district, 7/8 → township (乡镇/街道), 9/10 → village/community. */
    static Optional<AdminLevel> adminLevel(OsmTags tags) {
        boolean boundary = tags.is("boundary", "administrative")
                && (tags.is("type", "boundary") || tags.is("type", "multipolygon"));
        if (!boundary) {
            return Optional.empty();
        }
        return switch (tags.stripped("admin_level").toLowerCase(Locale.ROOT)) {
            case "6" -> Optional.of(AdminLevel.DISTRICT);
            case "7", "8" -> Optional.of(AdminLevel.TOWNSHIP);
            case "9", "10" -> Optional.of(AdminLevel.VILLAGE);
            default -> Optional.empty();
        };
    }
}
