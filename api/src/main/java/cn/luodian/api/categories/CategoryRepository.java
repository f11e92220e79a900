package cn.luodian.api.categories;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The category taxonomy, which is data: seeded from {@code taxonomy/categories.csv} (CJ/T 214
 * components and events, common 12345 categories); an installation may add rows of its own.
 */
@Repository
class CategoryRepository {
    private static final RowMapper<Category> ROW = (rs, i) -> new Category(rs.getString("code"),
            rs.getString("parent_code"), rs.getString("name"), rs.getString("kind"), rs.getInt("sort_order"));

    private final JdbcTemplate jdbc;

    public CategoryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<Category> listAll() {
        return jdbc.query("SELECT * FROM category ORDER BY sort_order", ROW);
    }

    /** Adds the seed rows that are missing; rows already there (maybe edited) are left alone. */
    @Transactional
    public int seedMissing() {
        Set<String> present = new HashSet<>(jdbc.queryForList("SELECT code FROM category", String.class));
        List<Object[]> rows = new ArrayList<>();
        for (Category category : readSeed()) {
            if (!present.contains(category.code())) {
                rows.add(new Object[] {category.code(), category.parentCode(), category.name(), category.kind(),
                        category.sortOrder()});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO category (code, parent_code, name, kind, sort_order) VALUES (?, ?, ?, ?, ?)", rows);
        }
        return rows.size();
    }

    static List<Category> readSeed() {
        List<Category> categories = new ArrayList<>();
        try (InputStream in = new ClassPathResource("taxonomy/categories.csv").getInputStream();
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line = reader.readLine(); // header: code,parent_code,name,kind
            int order = 0;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",", -1);
                categories.add(new Category(f[0], f[1].isEmpty() ? null : f[1], f[2], f[3], ++order));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled taxonomy", e);
        }
        return categories;
    }
}
