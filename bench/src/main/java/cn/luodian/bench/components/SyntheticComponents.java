package cn.luodian.bench.components;

import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.component.ComponentCode;
import cn.luodian.geo.io.GeoJsonFeatureReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * A Beijing-scale component inventory, reproducible from one seed: {@code count} components over the
 * synthetic region's extent (115.4–117.5E × 39.4–41.1N), 40 % in a Gaussian around the centre
 * (σ ≈ 12 km) and the rest uniform; 16 districts as a 4 × 4 split of the extent; 小类 from the api's
 * taxonomy, weighted as a city's inventory is (relative weights: each 井盖 kind 4.5, 路灯 15, 垃圾箱 10,
 * 消防栓 5, 道路护栏 lines of 30–200 m and 绿地 rectangles of 20–80 m 1 each, any other 小类 0.5);
 * statuses 90 % 完好, 6 % 破损, 2 % 丢失, 1 % 占用, 1 % 废弃. Units are named per 小类 and marked （合成）.
 */
public final class SyntheticComponents {
    public static final int MILLION = 1_000_000;
    public static final long SEED = 20_261_216L;
    private static final double WEST = 115.4;
    private static final double EAST = 117.5;
    private static final double SOUTH = 39.4;
    private static final double NORTH = 41.1;
    private static final double METRES_PER_DEGREE_LAT = 111_000;
    private static final double METRES_PER_DEGREE_LON = 85_000;
    private static final String[] DISTRICTS = {"110101", "110102", "110105", "110106", "110107", "110108", "110109",
        "110111", "110112", "110113", "110114", "110115", "110116", "110117", "110118", "110119"};
    private static final String[] STATUSES = {"完好", "破损", "丢失", "占用", "废弃"};
    private static final int[] STATUS_PERCENT = {90, 6, 2, 1, 1};
    private static final LocalDate FIRST_SURVEY = LocalDate.of(2020, 1, 1);

    private SyntheticComponents() {
    }

    /** The component 小类 of the api's taxonomy, code → name (reads {@code taxonomy} from the repository). */
    public static Map<String, String> categories(Taxonomy taxonomy) {
        Map<String, String> names = new LinkedHashMap<>();
        taxonomy.subcategories().stream().filter(s -> s.code().startsWith("B")).forEach(s -> names.put(s.code(), s.name()));
        return names;
    }

    public static List<Component> generate(int count, Map<String, String> categories) {
        Random random = new Random(SEED);
        GeometryFactory factory = GeoJsonFeatureReader.WGS84_FACTORY;
        List<String> codes = new ArrayList<>(categories.keySet());
        double[] cumulative = cumulativeWeights(codes);
        Map<String, Integer> sequences = new HashMap<>();
        List<Component> components = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double lon;
            double lat;
            if (random.nextInt(100) < 40) {
                lon = clamp(116.397 + random.nextGaussian() * 12_000 / METRES_PER_DEGREE_LON, WEST, EAST);
                lat = clamp(39.909 + random.nextGaussian() * 12_000 / METRES_PER_DEGREE_LAT, SOUTH, NORTH);
            } else {
                lon = WEST + random.nextDouble() * (EAST - WEST);
                lat = SOUTH + random.nextDouble() * (NORTH - SOUTH);
            }
            lon = Math.round(lon * 1e7) / 1e7;
            lat = Math.round(lat * 1e7) / 1e7;
            String category = codes.get(pick(cumulative, random.nextDouble()));
            String district = DISTRICTS[Math.min(3, (int) ((lon - WEST) / (EAST - WEST) * 4))
                    + 4 * Math.min(3, (int) ((lat - SOUTH) / (NORTH - SOUTH) * 4))];
            int sequence = sequences.merge(district + category, 1, Integer::sum);
            String name = categories.get(category);
            components.add(new Component(ComponentCode.of(district, category, sequence), name,
                    geometry(factory, category, lon, lat, random), status(random), name + "权属单位（合成）",
                    name + "养护单位（合成）", FIRST_SURVEY.plusDays(random.nextInt(2_000)), "合成数据", ""));
        }
        return components;
    }

    private static Geometry geometry(GeometryFactory factory, String category, double lon, double lat, Random random) {
        if (category.equals("B0208")) {
            double length = 30 + random.nextDouble() * 170;
            double angle = random.nextDouble() * Math.PI;
            return factory.createLineString(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(
                    round(lon + Math.cos(angle) * length / METRES_PER_DEGREE_LON), round(lat + Math.sin(angle) * length / METRES_PER_DEGREE_LAT))});
        }
        if (category.equals("B0405")) {
            double east = round(lon + (20 + random.nextDouble() * 60) / METRES_PER_DEGREE_LON);
            double north = round(lat + (20 + random.nextDouble() * 60) / METRES_PER_DEGREE_LAT);
            return factory.createPolygon(new Coordinate[] {new Coordinate(lon, lat), new Coordinate(east, lat),
                new Coordinate(east, north), new Coordinate(lon, north), new Coordinate(lon, lat)});
        }
        return factory.createPoint(new Coordinate(lon, lat));
    }

    private static double[] cumulativeWeights(List<String> codes) {
        double[] cumulative = new double[codes.size()];
        double total = 0;
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            total += code.compareTo("B0101") >= 0 && code.compareTo("B0110") <= 0 ? 4.5
                    : switch (code) {
                        case "B0112" -> 15;
                        case "B0303" -> 10;
                        case "B0111" -> 5;
                        case "B0208", "B0405" -> 1;
                        default -> 0.5;
                    };
            cumulative[i] = total;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= total;
        }
        return cumulative;
    }

    private static int pick(double[] cumulative, double draw) {
        for (int i = 0; i < cumulative.length; i++) {
            if (draw < cumulative[i]) {
                return i;
            }
        }
        return cumulative.length - 1;
    }

    private static String status(Random random) {
        int draw = random.nextInt(100);
        for (int i = 0; i < STATUSES.length; i++) {
            draw -= STATUS_PERCENT[i];
            if (draw < 0) {
                return STATUSES[i];
            }
        }
        return STATUSES[0];
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    private static double round(double degrees) {
        return Math.round(degrees * 1e7) / 1e7;
    }
}
