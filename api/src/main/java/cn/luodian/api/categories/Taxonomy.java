package cn.luodian.api.categories;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The category taxonomy as the other features read it (CJ/T 214 components and events, the common
 * 12345 classes): all of it in order, or one category by its code. Seeding stays inside this
 * package ({@link CategorySeeder}).
 */
@Component
public class Taxonomy {
    private final CategoryRepository rows;

    public Taxonomy(CategoryRepository rows) {
        this.rows = rows;
    }

    public List<Category> listAll() {
        return rows.listAll();
    }

    public Optional<Category> find(String code) {
        return rows.find(code);
    }
}
