package cn.luodian.geo.demo;

import cn.luodian.geo.layer.DivisionCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Places one seed per 村/社区 inside its township and splits the township among them. A 街道's
 * communities spread over all of it; a 镇/乡's communities cluster around its built-up centre,
 * each taking about {@link #COMMUNITY_AREA_M2}, and its villages fill the rest.
 */
final class VillageLayout {
    static final double COMMUNITY_AREA_M2 = 350_000;

    /** A village's seed point and area, metric. */
    record PlacedVillage(DivisionCode code, Coordinate seed, Polygon area) {
    }

    private VillageLayout() {
    }

    /**
     * @param pinnedSeeds seeds placed by hand for some of the township's villages, by code
     */
    static List<PlacedVillage> layOut(Polygon township, List<DivisionCode> villages,
            Coordinate builtUpCentreMetric, Map<String, Coordinate> pinnedSeeds) {
        String townshipCode = villages.get(0).parentCode();
        SeedSampler sampler = new SeedSampler(township, Long.parseLong(townshipCode));
        Map<String, Coordinate> seeds = new LinkedHashMap<>();
        for (DivisionCode village : villages) {
            Coordinate pinned = pinnedSeeds.get(village.code());
            if (pinned != null) {
                sampler.addFixed(pinned);
                seeds.put(village.code(), pinned);
            }
        }
        List<DivisionCode> communities = villages.stream().filter(v -> !isVillageCommittee(v)).toList();
        Geometry communityRegion = communityRegion(township, townshipCode, communities.size(), builtUpCentreMetric);
        for (DivisionCode community : communities) {
            seeds.computeIfAbsent(community.code(), code -> sampler.next(communityRegion));
        }
        for (DivisionCode village : villages) {
            seeds.computeIfAbsent(village.code(), code -> sampler.next(township));
        }

        List<VoronoiPartitioner.Seed> owned = new ArrayList<>();
        for (DivisionCode village : villages) {
            owned.add(new VoronoiPartitioner.Seed(village.code(), seeds.get(village.code())));
        }
        Map<String, Polygon> areas = VoronoiPartitioner.partition(township, owned);
        List<PlacedVillage> placed = new ArrayList<>();
        for (DivisionCode village : villages) {
            placed.add(new PlacedVillage(village, seeds.get(village.code()), areas.get(village.code())));
        }
        return placed;
    }

    /** 村委会 have the sequence 200–399 in the statistical coding; the rest are 社区. */
    static boolean isVillageCommittee(DivisionCode village) {
        int sequence = Integer.parseInt(village.code().substring(9));
        return sequence >= 200 && sequence < 400;
    }

    private static Geometry communityRegion(Polygon township, String townshipCode, int communities, Coordinate builtUpCentre) {
        if (builtUpCentre == null || communities == 0) {
            return township;
        }
        double radiusMetres = Math.sqrt(communities * COMMUNITY_AREA_M2 / Math.PI);
        Geometry disc = township.getFactory().createPoint(builtUpCentre).buffer(radiusMetres, 8);
        Geometry region = disc.intersection(township);
        if (region.isEmpty()) {
            throw new IllegalStateException("the built-up centre of township " + townshipCode + " lies outside it");
        }
        return region;
    }
}
