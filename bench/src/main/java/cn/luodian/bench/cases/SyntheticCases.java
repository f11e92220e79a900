package cn.luodian.bench.cases;

import cn.luodian.geo.describe.Description;
import cn.luodian.geo.describe.Describer;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes realistic cases for the list benchmark, deterministic for a seed and an end instant: points
 * from {@link CasePoints}, each described (sentence, district, township, village, grid cell), a
 * 小类 of the stored taxonomy ({code, name}), received at a uniform time in the year before {@code end}; recent cases are still
 * open, older ones mostly closed (some rejected, a few merged, some left open and overdue).
 */
final class SyntheticCases {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Duration YEAR = Duration.ofDays(365);
    private static final String[] OPEN_RECENT = {"received", "registered", "dispatched", "in_progress", "reported_done"};
    private static final String[] OPEN_LATER = {"dispatched", "in_progress", "returned", "reported_done", "verified"};

    private final CasePoints points;
    private final Describer describer;
    private final List<String[]> categories;
    private final Map<String, List<Long>> unitsByTownship;
    private final List<Long> districtUnits;
    private final Map<LocalDate, Integer> lastNumber;
    private final Instant end;
    private final SplittableRandom random;
    private long made;

    /**
     * @param unitsByTownship responsible units of each township (属地), {@code districtUnits} the others
     * @param lastNumber the case numbers already taken per day (updated as numbers are handed out)
     */
    SyntheticCases(CasePoints points, Describer describer, List<String[]> categories, Map<String, List<Long>> unitsByTownship,
                   List<Long> districtUnits, Map<LocalDate, Integer> lastNumber, Instant end, long seed) {
        this.points = points;
        this.describer = describer;
        this.categories = categories;
        this.unitsByTownship = new HashMap<>(unitsByTownship);
        this.districtUnits = districtUnits;
        this.lastNumber = lastNumber;
        this.end = end;
        this.random = new SplittableRandom(seed);
    }

    SyntheticCase next() {
        double[] point = points.next();
        Description place = describer.describe(point[0], point[1]);
        String[] category = categories.get(random.nextInt(categories.size())); // code, name
        Instant received = end.minusSeconds(random.nextLong(YEAR.toSeconds()));
        Duration age = Duration.between(received, end);
        String state = state(age);
        boolean registered = !state.equals("received") && !state.equals("rejected");
        boolean dispatched = registered && !state.equals("registered");
        boolean responded = dispatched && !state.equals("dispatched");
        boolean done = state.equals("reported_done") || state.equals("verified") || state.equals("closed");
        Instant registeredAt = registered ? received.plusSeconds(60 + random.nextInt(600)) : null;
        Instant dispatchedAt = dispatched ? registeredAt.plusSeconds(60 + random.nextInt(1800)) : null;
        Instant respondedAt = responded ? dispatchedAt.plusSeconds(600 + random.nextInt(7200)) : null;
        Instant doneAt = done ? respondedAt.plusSeconds(3600 + random.nextInt(3 * 86400)) : null;
        Instant closedAt = state.equals("closed") ? doneAt.plusSeconds(3600 + random.nextInt(86400)) : null;
        Instant resolveDue = received.plus(Duration.ofDays(7));
        boolean open = !state.equals("closed") && !state.equals("rejected") && !state.equals("merged");
        Instant updated = closedAt != null ? closedAt : doneAt != null ? doneAt : respondedAt != null ? respondedAt
                : dispatchedAt != null ? dispatchedAt : registeredAt != null ? registeredAt : received;
        boolean hotline = random.nextInt(10) < 7;
        boolean caller = random.nextInt(10) < 8;
        made++;
        return new SyntheticCase(number(received), hotline ? "hotline_12345" : "staff",
                hotline ? "BULK-%08d".formatted(made) : null, category[0], "市民反映" + category[1] + "问题，请尽快处理",
                random.nextInt(20) == 0 ? "urgent" : "normal", state, point[0], point[1], place.text(),
                code(place.district()), code(place.township()), name(place.township()), code(place.village()),
                name(place.village()), place.gridCellCode(), caller ? "王先生" : null,
                caller ? "1%02d%08d".formatted(30 + random.nextInt(60), random.nextInt(100_000_000)) : null,
                dispatched ? unit(code(place.township())) : null, state.equals("closed") ? satisfaction() : null,
                received, registeredAt, dispatchedAt, respondedAt, doneAt, closedAt, received.plusSeconds(300),
                dispatched ? dispatchedAt.plus(Duration.ofHours(2)) : null, resolveDue,
                open && resolveDue.isBefore(end), updated);
    }

    private String state(Duration age) {
        int roll = random.nextInt(100);
        if (age.toDays() < 2) {
            return OPEN_RECENT[random.nextInt(OPEN_RECENT.length)];
        }
        if (age.toDays() < 14) {
            return roll < 50 ? "closed" : roll < 55 ? "rejected" : OPEN_LATER[random.nextInt(OPEN_LATER.length)];
        }
        return roll < 88 ? "closed" : roll < 94 ? "rejected" : roll < 96 ? "merged" : OPEN_LATER[random.nextInt(OPEN_LATER.length)];
    }

    private String number(Instant received) {
        LocalDate day = LocalDate.ofInstant(received, BEIJING);
        int sequence = lastNumber.merge(day, 1, Integer::sum);
        return "TZ-%s-%05d".formatted(day.toString().replace("-", ""), sequence);
    }

    private Long unit(String townshipCode) {
        List<Long> own = unitsByTownship.getOrDefault(townshipCode, List.of());
        if (!own.isEmpty() && random.nextInt(10) < 6) {
            return own.get(random.nextInt(own.size()));
        }
        return districtUnits.isEmpty() ? null : districtUnits.get(random.nextInt(districtUnits.size()));
    }

    private String satisfaction() {
        int roll = random.nextInt(100);
        return roll < 75 ? "satisfied" : roll < 90 ? "basically_satisfied" : "unsatisfied";
    }

    private static String code(Description.Place place) {
        return place == null ? null : place.code();
    }

    private static String name(Description.Place place) {
        return place == null ? null : place.name();
    }
}
