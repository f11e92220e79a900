package cn.luodian.bench.components;

import cn.luodian.bench.cases.ListQueryTimer;
import cn.luodian.bench.cases.Taxonomy;
import cn.luodian.geo.component.Component;
import cn.luodian.geo.tile.TileAddress;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.locationtech.jts.geom.Coordinate;

/**
 * The {@code components} tile layer over HTTP on a server whose store holds the synthetic inventory
 * ({@link ComponentBulkLoad}): {@code ComponentTileTimer BASE_URL USER:PASSWORD [Z16_TILES]}. Signs in
 * once with the form (a session cookie, as the map does), then per zoom (16, 12, 10) asks for
 * distinct tiles that hold components (the tiles of seeded components of the same inventory), one
 * request at a time: first each tile once (cold: never asked before, so the server builds it from
 * its in-memory index), then the same tiles again (warm: from the tile cache). Prints p50/p90/p99/max
 * of the wall time per request as the client sees it (loopback), and the mean tile size.
 */
public final class ComponentTileTimer {
    private ComponentTileTimer() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length < 2) {
            System.err.println("usage: ComponentTileTimer BASE_URL USER:PASSWORD [Z16_TILES]");
            System.exit(2);
        }
        int z16Tiles = args.length > 2 ? Integer.parseInt(args[2]) : 2_000;
        List<Component> components = SyntheticComponents.generate(SyntheticComponents.MILLION,
                SyntheticComponents.categories(Taxonomy.read()));
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).cookieHandler(new CookieManager()).build();
        ListQueryTimer.signIn(http, args[0], args[1]);
        // Warm the connection and the code paths on tiles outside the measured sets (z17).
        for (int i = 0; i < 300; i++) {
            send(http, args[0], tiles(components, 17, 1, 7_919L * (i + 1)).get(0));
        }
        System.out.printf("%-6s %-5s %6s %8s %8s %8s %8s %10s %6s%n", "zoom", "pass", "tiles", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "mean bytes", "204s");
        for (int[] zoomAndCount : new int[][] {{16, z16Tiles}, {12, 300}, {10, 100}}) {
            List<TileAddress> tiles = tiles(components, zoomAndCount[0], zoomAndCount[1], 1L);
            for (String pass : new String[] {"cold", "warm"}) {
                double[] millis = new double[tiles.size()];
                long bytes = 0;
                int empty = 0;
                for (int i = 0; i < tiles.size(); i++) {
                    long start = System.nanoTime();
                    HttpResponse<byte[]> answer = send(http, args[0], tiles.get(i));
                    millis[i] = (System.nanoTime() - start) / 1e6;
                    bytes += answer.body().length;
                    empty += answer.statusCode() == 204 ? 1 : 0;
                }
                Arrays.sort(millis);
                System.out.printf(Locale.ROOT, "z%-5d %-5s %6d %8.2f %8.2f %8.2f %8.2f %10d %6d%n", zoomAndCount[0], pass,
                        tiles.size(), at(millis, 0.50), at(millis, 0.90), at(millis, 0.99), millis[millis.length - 1],
                        bytes / tiles.size(), empty);
            }
        }
    }

    /** Up to {@code count} distinct tiles at {@code z} holding components: those of components taken with a stride from {@code offset}. */
    static List<TileAddress> tiles(List<Component> components, int z, int count, long offset) {
        Set<TileAddress> tiles = new LinkedHashSet<>();
        long stride = 7_777L;
        for (long i = 0; i < components.size() && tiles.size() < count; i++) {
            Coordinate c = components.get((int) ((offset + i * stride) % components.size())).geometry().getCoordinate();
            tiles.add(TileAddress.containing(c.x, c.y, z));
        }
        return new ArrayList<>(tiles);
    }

    private static HttpResponse<byte[]> send(HttpClient http, String base, TileAddress tile) throws IOException, InterruptedException {
        HttpResponse<byte[]> answer = http.send(HttpRequest.newBuilder(URI.create(base + "/tiles/components/" + tile + ".mvt"))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        if (answer.statusCode() != 200 && answer.statusCode() != 204) {
            throw new IllegalStateException("tile " + tile + ": HTTP " + answer.statusCode());
        }
        return answer;
    }

    private static double at(double[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(quantile * sorted.length))];
    }
}
