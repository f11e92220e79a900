package cn.luodian.bench.synthetic;

/**
 * What {@link SyntheticBeijingRegion} makes: counts, extent and the seed. Equal scales give equal
 * regions, feature for feature, on every machine.
 *
 * @param seed                 the one source of randomness
 * @param minLon               extent, WGS-84 degrees
 * @param centreLon            the city centre: dense villages, roads and landmarks cluster around it
 * @param centreSigmaMetres    spread of that cluster (one standard deviation, each axis)
 * @param roads                named road features, each a polyline of several vertices
 * @param waterways            named waterway lines
 * @param lakes                named water area polygons
 * @param gridCellMetres       the uniform lattice of the unit grid
 */
public record SyntheticScale(long seed, double minLon, double minLat, double maxLon, double maxLat,
                             double centreLon, double centreLat, double centreSigmaMetres,
                             int districts, int townships, int villages, int roads, int waterways, int lakes,
                             int landmarks, double gridCellMetres) {

    /** Beijing's extent and division counts (16 districts, 349 townships, 7,535 villages). */
    public static final SyntheticScale BEIJING = new SyntheticScale(20_250_601L, 115.4, 39.4, 117.5, 41.1,
            116.397, 39.909, 12_000, 16, 349, 7_535, 300_000, 49_500, 500, 20_000, 650);

    public SyntheticScale {
        if (!(minLon < maxLon && minLat < maxLat)) {
            throw new IllegalArgumentException("empty extent");
        }
        if (districts < 1 || townships < districts || villages < townships) {
            throw new IllegalArgumentException("need 1 <= districts <= townships <= villages");
        }
        if (townships > 999 * districts || villages > 999 * townships) {
            throw new IllegalArgumentException("division codes allow at most 999 children per parent");
        }
    }

    /** A small region for tests: same generator, a 0.2° × 0.2° extent. */
    public static SyntheticScale small(long seed) {
        return new SyntheticScale(seed, 116.3, 39.8, 116.5, 40.0, 116.4, 39.9, 4_000,
                2, 6, 60, 2_000, 300, 5, 200, 400);
    }
}
