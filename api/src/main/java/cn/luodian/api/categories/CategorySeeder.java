package cn.luodian.api.categories;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Adds the bundled taxonomy's missing rows at start-up, before anything that creates cases (the
 * demo loader, import commands) runs. Idempotent.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class CategorySeeder implements ApplicationRunner {
    private final Taxonomy categories;

    public CategorySeeder(Taxonomy categories) {
        this.categories = categories;
    }

    @Override
    public void run(ApplicationArguments args) {
        categories.seedMissing();
    }
}
