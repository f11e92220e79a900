package cn.luodian.bench.synthetic;

import cn.luodian.geo.layer.AdminArea;
import cn.luodian.geo.layer.AdminLevel;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * Villages grouped into townships and townships into districts, each parent the union of its
 * children, with statistical codes (11 01 dd ttt vvv) and made-up names. Township centres are
 * some of the village seeds and district centres some of the township centres, so every parent has
 * at least one child; each child goes to the nearest centre.
 */
final class AdminHierarchy {
    private static final String PROVINCE = "110000";

    private AdminHierarchy() {
    }

    /** District, township and village areas (metric), parents before children, each level in code order. */
    static List<AdminArea> build(List<Coordinate> villageSeeds, List<Geometry> villageAreas, SyntheticScale scale,
                                 Random random, GeometryFactory factory) {
        int[] townshipCentres = pick(villageSeeds.size(), scale.townships(), random);
        List<Coordinate> townshipSeeds = new ArrayList<>();
        for (int v : townshipCentres) {
            townshipSeeds.add(villageSeeds.get(v));
        }
        int[] districtCentres = pick(townshipSeeds.size(), scale.districts(), random);
        List<Coordinate> districtSeeds = new ArrayList<>();
        for (int t : districtCentres) {
            districtSeeds.add(townshipSeeds.get(t));
        }
        int[] townshipOfVillage = nearest(villageSeeds, townshipSeeds);
        int[] districtOfTownship = nearest(townshipSeeds, districtSeeds);

        SyntheticNames names = new SyntheticNames(random);
        List<AdminArea> districts = new ArrayList<>();
        List<AdminArea> townships = new ArrayList<>();
        List<AdminArea> villages = new ArrayList<>();
        for (int d = 0; d < districtSeeds.size(); d++) {
            String districtCode = String.format("1101%02d", d + 1);
            List<Geometry> districtParts = new ArrayList<>();
            int townshipSequence = 0;
            for (int t = 0; t < townshipSeeds.size(); t++) {
                if (districtOfTownship[t] != d) {
                    continue;
                }
                String townshipCode = districtCode + String.format("%03d", ++townshipSequence);
                List<Geometry> townshipParts = new ArrayList<>();
                int villageSequence = 0;
                for (int v = 0; v < villageSeeds.size(); v++) {
                    if (townshipOfVillage[v] == t) {
                        String villageCode = townshipCode + String.format("%03d", ++villageSequence);
                        villages.add(new AdminArea(villageCode, names.next("村", "村", "社区"), AdminLevel.VILLAGE,
                                townshipCode, villageAreas.get(v).norm()));
                        townshipParts.add(villageAreas.get(v));
                    }
                }
                Geometry township = union(townshipParts, factory);
                townships.add(new AdminArea(townshipCode, names.next("镇", "乡", "街道"), AdminLevel.TOWNSHIP,
                        districtCode, township));
                districtParts.add(township);
            }
            districts.add(new AdminArea(districtCode, names.next("区"), AdminLevel.DISTRICT, PROVINCE,
                    union(districtParts, factory)));
        }
        List<AdminArea> all = new ArrayList<>(districts);
        all.addAll(townships);
        all.addAll(villages);
        return all;
    }

    /** In normal form: the union's ring start and order are not stable from run to run. */
    private static Geometry union(List<Geometry> parts, GeometryFactory factory) {
        return (parts.size() == 1 ? parts.get(0) : CoverageUnion.union(parts.toArray(Geometry[]::new))).norm();
    }

    /** {@code count} distinct indexes below {@code n}, in increasing order. */
    private static int[] pick(int n, int count, Random random) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        for (int i = 0; i < count; i++) {
            int j = i + random.nextInt(n - i);
            int swap = all[i];
            all[i] = all[j];
            all[j] = swap;
        }
        return java.util.Arrays.stream(all, 0, count).sorted().toArray();
    }

    private static int[] nearest(List<Coordinate> points, List<Coordinate> centres) {
        int[] owner = new int[points.size()];
        for (int p = 0; p < points.size(); p++) {
            double best = Double.MAX_VALUE;
            for (int c = 0; c < centres.size(); c++) {
                double d = points.get(p).distance(centres.get(c));
                if (d < best) {
                    best = d;
                    owner[p] = c;
                }
            }
        }
        return owner;
    }
}
