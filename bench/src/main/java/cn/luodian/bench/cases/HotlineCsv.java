package cn.luodian.bench.cases;

import cn.luodian.geo.demo.TongzhouDemoRegion;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes a synthetic 12345 hotline export for the import benchmark: {@code HotlineCsv FILE ROWS [SEED]}.
 * UTF-8, Chinese header, every row with WGS-84 coordinates inside 通州区 ({@link CasePoints}), a
 * 小类 of the seeded taxonomy (as a code, or as 大类/小类), calls spread over the 365 days before
 * 2026-11-01 (Beijing time), urgency mostly 一般, a caller's name and phone on most rows. The same
 * rows and seed give the same file.
 */
public final class HotlineCsv {
    static final LocalDateTime LAST_DAY = LocalDateTime.of(2026, 11, 1, 0, 0);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final List<String> SAID = List.of("反映%s问题，请尽快处理", "%s，影响居民出行", "来电称附近%s，已持续多日",
            "%s，希望相关部门核实处理", "市民反映：%s");
    private static final List<String> SURNAMES = List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴");

    private HotlineCsv() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HotlineCsv FILE ROWS [SEED]");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        int rows = Integer.parseInt(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12345;
        write(file, rows, seed);
        System.out.printf("wrote %s: %,d rows, %,d bytes%n", file, rows, Files.size(file));
    }

    static void write(Path file, int rows, long seed) throws IOException {
        List<Taxonomy.Sub> categories = Taxonomy.read().subcategories();
        CasePoints points = new CasePoints(TongzhouDemoRegion.build().layers(), seed);
        SplittableRandom random = new SplittableRandom(seed + 1);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("工单编号,来电时间,诉求类别,诉求内容,紧急程度,经度,纬度,坐标系,联系人,联系电话\n");
            for (int i = 1; i <= rows; i++) {
                Taxonomy.Sub category = categories.get(random.nextInt(categories.size()));
                double[] point = points.next();
                LocalDateTime at = LAST_DAY.minusSeconds(random.nextLong(365L * 24 * 3600));
                String cell = random.nextInt(3) == 0 ? category.parentName() + "/" + category.name() : category.code();
                String urgency = random.nextInt(20) == 0 ? "紧急" : random.nextInt(100) == 0 ? "特急" : "一般";
                boolean caller = random.nextInt(10) < 8;
                out.write(String.join(",", "BENCH-%07d".formatted(i), TIME.format(at), cell,
                        SAID.get(random.nextInt(SAID.size())).formatted(category.name()), urgency,
                        "%.6f".formatted(point[0]), "%.6f".formatted(point[1]), "wgs84",
                        caller ? SURNAMES.get(random.nextInt(SURNAMES.size())) + "先生" : "",
                        caller ? "1%02d%08d".formatted(30 + random.nextInt(60), random.nextInt(100_000_000)) : ""));
                out.write('\n');
            }
        }
    }
}
