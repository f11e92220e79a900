package cn.luodian.api.layers;

import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

/** The official division-code gazetteer (names and codes, no geometry). */
@Repository
public class DivisionCodeReader {
    private static final RowMapper<DivisionCode> ROW = (rs, i) -> new DivisionCode(rs.getString("code"),
            rs.getString("official_name"), AdminLevel.parse(rs.getString("level")), rs.getString("parent_code"));

    private final JdbcTemplate jdbc;

    public DivisionCodeReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DivisionCode> findByCode(String code) {
        return jdbc.query("SELECT * FROM division_code WHERE code = ?", ROW, code).stream().findFirst();
    }

    public List<DivisionCode> listAll() {
        return jdbc.query("SELECT * FROM division_code ORDER BY code", ROW);
    }

    public long count() {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM division_code", Long.class);
        return count == null ? 0 : count;
    }
}
