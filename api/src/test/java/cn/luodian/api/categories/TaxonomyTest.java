package cn.luodian.api.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The taxonomy snapshot: read once, read again when old or after seeding, never served stale past its age. */
class TaxonomyTest {
    private final List<Category> table = new ArrayList<>(List.of(
            new Category("B01", null, "公用设施", "component", 1),
            new Category("B0101", "B01", "上水井盖", "component", 2)));
    private int reads;
    private int seeds;
    private final CategoryRepository rows = new CategoryRepository(null) {
        @Override
        public List<Category> listAll() {
            reads++;
            return List.copyOf(table);
        }

        @Override
        public int seedMissing() {
            seeds++;
            table.add(new Category("B0102", "B01", "污水井盖", "component", 3));
            return 1;
        }
    };
    private final AtomicLong nanos = new AtomicLong(1_000);
    private final Taxonomy taxonomy = new Taxonomy(rows, nanos::get);

    @Test
    void readsTheTableOnceForManyQuestions() {
        for (int i = 0; i < 100; i++) {
            assertThat(taxonomy.listAll()).extracting(Category::code).containsExactly("B01", "B0101");
            assertThat(taxonomy.find("B0101")).map(Category::name).hasValue("上水井盖");
            assertThat(taxonomy.find("B0199")).isEmpty();
        }
        assertThat(reads).isEqualTo(1);
    }

    @Test
    void anEditInTheDatabaseShowsOnceTheSnapshotIsOlderThanItsAge() {
        taxonomy.listAll();
        table.add(new Category("B0103", "B01", "雨水井盖", "component", 4));
        nanos.addAndGet(Taxonomy.MAX_AGE.toNanos());
        assertThat(taxonomy.find("B0103")).as("just at the age: still the snapshot").isEmpty();
        nanos.addAndGet(1);
        assertThat(taxonomy.find("B0103")).map(Category::name).hasValue("雨水井盖");
        assertThat(reads).isEqualTo(2);
    }

    @Test
    void seedingForgetsTheSnapshot() {
        assertThat(taxonomy.find("B0102")).isEmpty();
        assertThat(taxonomy.seedMissing()).isEqualTo(1);
        assertThat(seeds).isEqualTo(1);
        assertThat(taxonomy.find("B0102")).map(Category::name).hasValue("污水井盖");
        assertThat(taxonomy.listAll()).hasSize(3);
    }
}
