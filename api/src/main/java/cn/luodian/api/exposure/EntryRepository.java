package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;

@Repository
class EntryRepository {
    private static final RowMapper<Entry> ROW = (rs, i) -> new Entry(rs.getLong("id"), rs.getLong("period_id"),
            rs.getInt("seq"), EntryKind.parse(rs.getString("kind")), rs.getLong("case_id"), rs.getInt("periods_on_list"),
            rs.getObject("deadline", LocalDate.class), PhotoRef.of(rs.getString("photo_sha256"), rs.getString("photo_type")),
            PhotoRef.of(rs.getString("after_sha256"), rs.getString("after_type")));

    private final JdbcTemplate jdbc;

    public EntryRepository(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(long periodId, int seq, EntryKind kind, long caseId, int periodsOnList, LocalDate deadline,
                       PhotoRef photo, PhotoRef after) {
        jdbc.update("INSERT INTO exposure_entry (period_id, seq, kind, case_id, periods_on_list, deadline, photo_sha256, "
                + "photo_type, after_sha256, after_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", periodId, seq, kind.id(),
                caseId, periodsOnList, Date.valueOf(deadline), sha(photo), type(photo), sha(after), type(after));
    }

    /** The entries of a period in their order: rectified pairs first, then new, then carried over (as printed). */
    public List<Entry> list(long periodId) {
        return jdbc.query("SELECT * FROM exposure_entry WHERE period_id = ? ORDER BY seq", ROW, periodId);
    }

    public Optional<Entry> find(long id) {
        return jdbc.query("SELECT * FROM exposure_entry WHERE id = ?", ROW, id).stream().findFirst();
    }

    public void delete(long id) {
        jdbc.update("DELETE FROM exposure_entry WHERE id = ?", id);
    }

    public void update(Entry e) {
        jdbc.update("UPDATE exposure_entry SET seq = ?, deadline = ?, photo_sha256 = ?, photo_type = ?, after_sha256 = ?, "
                + "after_type = ? WHERE id = ?", e.seq(), Date.valueOf(e.deadline()), sha(e.photo()), type(e.photo()),
                sha(e.after()), type(e.after()), e.id());
    }

    /**
     * The entries of this case in the publisher's published periods (the latest revision of each
     * number), oldest first.
     */
    public List<Entry> publishedForCase(long publisherId, long caseId) {
        return jdbc.query("SELECT e.* FROM exposure_entry e JOIN exposure_period p ON p.id = e.period_id "
                + "WHERE p.publisher_id = ? AND p.state = 'published' AND e.case_id = ? AND p.revision = "
                + "(SELECT MAX(q.revision) FROM exposure_period q WHERE q.publisher_id = p.publisher_id "
                + "AND q.number = p.number AND q.state = 'published') ORDER BY p.number", ROW, publisherId, caseId);
    }

    /** Every case that has an entry in a published period of the publisher. */
    public List<Long> publishedCaseIds(long publisherId) {
        return jdbc.queryForList("SELECT DISTINCT e.case_id FROM exposure_entry e JOIN exposure_period p ON p.id = e.period_id "
                + "WHERE p.publisher_id = ? AND p.state = 'published' ORDER BY e.case_id", Long.class, publisherId);
    }

    /** Entries of published periods, newest period first (for the township's list of what to fix). */
    public List<Entry> published(int limit) {
        return jdbc.query("SELECT e.* FROM exposure_entry e JOIN exposure_period p ON p.id = e.period_id "
                + "WHERE p.state = 'published' ORDER BY p.published_at DESC, e.seq LIMIT ?", ROW, limit);
    }

    private static String sha(PhotoRef ref) {
        return ref == null ? null : ref.sha256();
    }

    private static String type(PhotoRef ref) {
        return ref == null ? null : ref.type().mediaType();
    }
}
