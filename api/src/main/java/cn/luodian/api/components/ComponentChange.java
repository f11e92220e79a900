package cn.luodian.api.components;

import java.time.Instant;
import org.locationtech.jts.geom.Geometry;

/**
 * One row of a component's history: who changed what, and when. The statuses and positions are
 * those before and after where the row is about them (a creation has no "before", a removal no
 * "after"), else null; {@code note} says where the change came from (the file) or which fields changed.
 */
public record ComponentChange(String code, Instant changedAt, String changedBy, ComponentChangeKind kind,
                              String oldStatus, String newStatus, Geometry oldGeometry, Geometry newGeometry,
                              String note) {
    static final int MAX_NOTE_CHARS = 200;

    public ComponentChange {
        note = note == null ? "" : note.length() > MAX_NOTE_CHARS ? note.substring(0, MAX_NOTE_CHARS - 1) + "…" : note;
    }
}
