package cn.luodian.api.photos;

import cn.luodian.api.system.JdbcTimes;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class PhotoRepository {
    private static final RowMapper<Photo> ROW = (rs, i) -> new Photo(rs.getLong("id"), rs.getLong("case_id"),
            Photo.Stage.parse(rs.getString("stage")), rs.getString("sha256"), ImageType.ofMediaType(rs.getString("media_type")),
            rs.getLong("size_bytes"), rs.getString("uploaded_by"), JdbcTimes.instant(rs, "uploaded_at"));

    private final JdbcTemplate jdbc;

    public PhotoRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long caseId, Photo.Stage stage, String sha256, ImageType type, long sizeBytes, String uploadedBy,
                       Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO case_photo (case_id, stage, sha256, media_type, "
                    + "size_bytes, uploaded_by, uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, caseId);
            statement.setString(2, stage.id());
            statement.setString(3, sha256);
            statement.setString(4, type.mediaType());
            statement.setLong(5, sizeBytes);
            statement.setString(6, uploadedBy);
            statement.setObject(7, JdbcTimes.time(at));
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }

    public List<Photo> list(long caseId) {
        return jdbc.query("SELECT * FROM case_photo WHERE case_id = ? ORDER BY id", ROW, caseId);
    }

    public Optional<Photo> find(long caseId, long photoId) {
        return jdbc.query("SELECT * FROM case_photo WHERE case_id = ? AND id = ?", ROW, caseId, photoId).stream().findFirst();
    }
}
