package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import cn.luodian.api.system.JdbcTimes;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Periods and their revisions. Every UPDATE names the version it read and refuses published rows,
 * so a published period cannot be changed through this class, and a concurrent change is noticed.
 */
@Repository
class PeriodRepository {
    private static final RowMapper<Period> ROW = (rs, i) -> new Period(rs.getLong("id"), rs.getLong("publisher_id"),
            rs.getInt("number"), rs.getInt("revision"), (Long) rs.getObject("corrects_id", Long.class),
            rs.getString("correction_note"), PeriodState.parse(rs.getString("state")), rs.getString("title"),
            rs.getString("intro"), rs.getObject("issue_date", LocalDate.class), rs.getString("created_by"),
            JdbcTimes.instant(rs, "created_at"), rs.getString("submitted_by"),
            JdbcTimes.instant(rs, "submitted_at"), rs.getString("published_by"),
            JdbcTimes.instant(rs, "published_at"), rs.getString("snapshot"), rs.getString("content_hash"),
            rs.getInt("version"));

    private final JdbcTemplate jdbc;

    public PeriodRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(long publisherId, int number, int revision, Long correctsId, String correctionNote, String title,
                       String intro, LocalDate issueDate, String createdBy, Instant at) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var s = connection.prepareStatement("INSERT INTO exposure_period (publisher_id, number, revision, corrects_id, "
                    + "correction_note, state, title, intro, issue_date, created_by, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?)", new String[] {"id"});
            s.setLong(1, publisherId);
            s.setInt(2, number);
            s.setInt(3, revision);
            s.setObject(4, correctsId);
            s.setString(5, correctionNote);
            s.setString(6, title);
            s.setString(7, intro);
            s.setDate(8, Date.valueOf(issueDate));
            s.setString(9, createdBy);
            s.setObject(10, JdbcTimes.time(at));
            return s;
        }, keys);
        return keys.getKey().longValue();
    }

    public Optional<Period> find(long id) {
        return jdbc.query("SELECT * FROM exposure_period WHERE id = ?", ROW, id).stream().findFirst();
    }

    public boolean exists(long publisherId, int number) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM exposure_period WHERE publisher_id = ? AND number = ?",
                Integer.class, publisherId, number);
        return n != null && n > 0;
    }

    /** The highest period number of the publisher, if it has any. */
    public Optional<Integer> maxNumber(long publisherId) {
        return Optional.ofNullable(jdbc.queryForObject("SELECT MAX(number) FROM exposure_period WHERE publisher_id = ?",
                Integer.class, publisherId));
    }

    public List<Period> list(Long publisherId, PeriodState state) {
        // No "? IS NULL" tests: PostgreSQL cannot type a null parameter there.
        StringBuilder sql = new StringBuilder("SELECT * FROM exposure_period WHERE 1 = 1");
        List<Object> args = new java.util.ArrayList<>();
        if (publisherId != null) {
            sql.append(" AND publisher_id = ?");
            args.add(publisherId);
        }
        if (state != null) {
            sql.append(" AND state = ?");
            args.add(state.id());
        }
        return jdbc.query(sql + " ORDER BY publisher_id, number DESC, revision DESC", ROW, args.toArray());
    }

    /** Every published revision of the publisher, oldest first. */
    public List<Period> published(long publisherId) {
        return jdbc.query("SELECT * FROM exposure_period WHERE publisher_id = ? AND state = 'published' "
                + "ORDER BY number, revision", ROW, publisherId);
    }

    /** The latest published revision of period {@code number}. */
    public Optional<Period> findPublished(long publisherId, int number, Integer revision) {
        String sql = "SELECT * FROM exposure_period WHERE publisher_id = ? AND number = ? AND state = 'published'";
        List<Period> found = revision == null
                ? jdbc.query(sql + " ORDER BY revision DESC", ROW, publisherId, number)
                : jdbc.query(sql + " AND revision = ?", ROW, publisherId, number, revision);
        return found.stream().findFirst();
    }

    /** An open (not yet published) revision of period {@code number}, if one is being worked on. */
    public Optional<Period> findUnpublished(long publisherId, int number) {
        return jdbc.query("SELECT * FROM exposure_period WHERE publisher_id = ? AND number = ? AND state <> 'published'",
                ROW, publisherId, number).stream().findFirst();
    }

    public boolean updateText(Period p, String title, String intro, LocalDate issueDate) {
        return jdbc.update("UPDATE exposure_period SET title = ?, intro = ?, issue_date = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND state = 'draft'", title, intro, Date.valueOf(issueDate), p.id(), p.version()) == 1;
    }

    public boolean updateState(Period p, PeriodState to, String actor, Instant at) {
        return jdbc.update("UPDATE exposure_period SET state = ?, submitted_by = ?, submitted_at = ?, version = version + 1 "
                + "WHERE id = ? AND version = ? AND state <> 'published'", to.id(),
                to == PeriodState.IN_REVIEW ? actor : p.submittedBy(),
                JdbcTimes.time(to == PeriodState.IN_REVIEW ? at : p.submittedAt()), p.id(), p.version()) == 1;
    }

    /** Bumps the version so that a review sees that entries changed under it. */
    public boolean touch(Period p) {
        return jdbc.update("UPDATE exposure_period SET version = version + 1 WHERE id = ? AND version = ? AND state = 'draft'",
                p.id(), p.version()) == 1;
    }

    public boolean publish(Period p, String snapshot, String hash, String actor, Instant at) {
        return jdbc.update("UPDATE exposure_period SET state = 'published', snapshot = ?, content_hash = ?, published_by = ?, "
                + "published_at = ?, version = version + 1 WHERE id = ? AND version = ? AND state = 'in_review'",
                snapshot, hash, actor, JdbcTimes.time(at), p.id(), p.version()) == 1;
    }

    /** A file a published period shows: from now on served without a sign-in. */
    public void registerPublicFile(PhotoRef file) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM exposure_public_file WHERE sha256 = ?", Integer.class, file.sha256());
        if (n == null || n == 0) {
            jdbc.update("INSERT INTO exposure_public_file (sha256, media_type) VALUES (?, ?)", file.sha256(), file.type().mediaType());
        }
    }

    public Optional<PhotoRef> findPublicFile(String sha256) {
        return jdbc.query("SELECT sha256, media_type FROM exposure_public_file WHERE sha256 = ?",
                (rs, i) -> PhotoRef.of(rs.getString(1), rs.getString(2)), sha256).stream().findFirst();
    }
}
