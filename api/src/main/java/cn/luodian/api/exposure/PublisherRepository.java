package cn.luodian.api.exposure;

import cn.luodian.api.system.JdbcTimes;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PublisherRepository {
    private static final RowMapper<Publisher> ROW = (rs, i) -> new Publisher(rs.getLong("id"), rs.getString("code"),
            rs.getString("name"), rs.getString("title_line"), Cadence.parse(rs.getString("cadence")),
            rs.getInt("first_number"), rs.getBoolean("photo_required"), split(rs.getString("target_categories")),
            rs.getBoolean("demo"), JdbcTimes.instant(rs, "created_at"));

    private final JdbcTemplate jdbc;

    public PublisherRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String code, String name, String titleLine, Cadence cadence, int firstNumber, boolean photoRequired,
                       List<String> targetCategories, boolean demo, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO exposure_publisher (code, name, title_line, cadence, first_number, "
                    + "photo_required, target_categories, demo, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setString(1, code);
            s.setString(2, name);
            s.setString(3, titleLine);
            s.setString(4, cadence.id());
            s.setInt(5, firstNumber);
            s.setBoolean(6, photoRequired);
            s.setString(7, String.join(",", targetCategories));
            s.setBoolean(8, demo);
            s.setObject(9, JdbcTimes.time(at));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<Publisher> list() {
        return jdbc.query("SELECT * FROM exposure_publisher ORDER BY id", ROW);
    }

    public Optional<Publisher> find(long id) {
        return jdbc.query("SELECT * FROM exposure_publisher WHERE id = ?", ROW, id).stream().findFirst();
    }

    public Optional<Publisher> findByCode(String code) {
        return jdbc.query("SELECT * FROM exposure_publisher WHERE code = ?", ROW, code).stream().findFirst();
    }

    private static List<String> split(String csv) {
        return csv == null || csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::strip).toList();
    }
}
