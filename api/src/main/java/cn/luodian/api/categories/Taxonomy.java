package cn.luodian.api.categories;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The category taxonomy as the other features read it (CJ/T 214 components and events, the common
 * 12345 classes): all of it in order, or one category by its code. Seeding stays inside this
 * package ({@link CategorySeeder}).
 *
 * <p>Every case list and case page names its categories: read from the table on each request that
 * was 5 % of a list's server time (JFR). So the rows are held as one immutable snapshot, read again
 * after {@link #MAX_AGE} (an operator's edit in the database shows within that) and at once after
 * this server seeds rows.
 */
@Component
public class Taxonomy {
    static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final CategoryRepository rows;
    private final LongSupplier nanoTime;
    private volatile Snapshot snapshot;

    /** The rows in their order and by code; {@code readAtNanos} on {@link System#nanoTime()}'s scale. */
    private record Snapshot(List<Category> all, Map<String, Category> byCode, long readAtNanos) {
    }

    @Autowired
    public Taxonomy(CategoryRepository rows) {
        this(rows, System::nanoTime);
    }

    Taxonomy(CategoryRepository rows, LongSupplier nanoTime) {
        this.rows = rows;
        this.nanoTime = nanoTime;
    }

    public List<Category> listAll() {
        return current().all();
    }

    public Optional<Category> find(String code) {
        return Optional.ofNullable(current().byCode().get(code));
    }

    /** Adds the bundled rows that are missing (idempotent) and forgets the snapshot. */
    int seedMissing() {
        int added = rows.seedMissing();
        snapshot = null;
        return added;
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = nanoTime.getAsLong();
        if (s == null || now - s.readAtNanos() > MAX_AGE.toNanos()) {
            List<Category> all = List.copyOf(rows.listAll());
            Map<String, Category> byCode = new LinkedHashMap<>();
            all.forEach(c -> byCode.put(c.code(), c));
            s = new Snapshot(all, Map.copyOf(byCode), now);
            snapshot = s;
        }
        return s;
    }
}
