/**
 * 挂账督办, the periodic exposure list: publishers with numbered periods (第N期), composed from
 * cases (new, rectified, carried over), reviewed, published as an immutable snapshot with a
 * SHA-256 over its canonical JSON, corrected only by linked revisions (勘误), followed up (回头看),
 * and shown to the public as HTML, PDF, GeoJSON, CSV and an Atom feed. Every read of a published
 * period checks its snapshot against the SHA-256 first ({@code PublishedPeriods}); one changed in the
 * database since is refused (409, {@code SnapshotMismatch}), logged and audited, never shown. The
 * database refuses to change a published row by itself (trigger of migration V44).
 *
 * <p>How it touches the case workflow: publishing a period moves the cases of its new entries to
 * {@code EXPOSED} (挂账) and the rectified ones to {@code CLOSED} (销账); recording a rectification
 * moves a case to {@code RECTIFIED}; a follow-up that finds the problem back moves it to
 * {@code EXPOSED} again, and the next period carries it over. Every step goes through
 * {@code CaseTransitions}, in the same transaction as the exposure change and its audit entry.
 */
package cn.luodian.api.exposure;
