package cn.luodian.bench;

import cn.luodian.bench.synthetic.RegionCache;
import cn.luodian.bench.synthetic.SyntheticScale;
import cn.luodian.geo.demo.TongzhouDemoRegion;
import cn.luodian.geo.layer.LayerBatch;
import java.nio.file.Path;

/**
 * The two regions the benchmarks run on, by name: {@code tongzhou} (the bundled demo) and
 * {@code beijing} (the synthetic Beijing-scale region, read from its cache under
 * {@code bench/target/synthetic}, relative to the working directory, which bench/run.sh sets to the
 * repository root; override with {@code -Dluodian.bench.cache=DIR}).
 */
public final class Regions {
    public static final String TONGZHOU = "tongzhou";
    public static final String BEIJING = "beijing";

    private Regions() {
    }

    public static LayerBatch load(String name) {
        return switch (name) {
            case TONGZHOU -> TongzhouDemoRegion.build().layers();
            case BEIJING -> RegionCache.load(cacheDirectory(), SyntheticScale.BEIJING);
            default -> throw new IllegalArgumentException("unknown region '" + name + "': tongzhou or beijing");
        };
    }

    public static Path cacheDirectory() {
        return Path.of(System.getProperty("luodian.bench.cache", "bench/target/synthetic"));
    }
}
