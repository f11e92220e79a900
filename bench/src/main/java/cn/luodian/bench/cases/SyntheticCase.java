package cn.luodian.bench.cases;

import java.time.Instant;

/**
 * One synthetic case as the {@code city_case} row the api would have written: place and
 * jurisdiction from the describe engine, a state that fits its age, and the timestamps, deadlines
 * and unit that go with that state. Null fields are SQL NULL.
 */
record SyntheticCase(String number, String source, String externalId, String categoryCode, String description,
                     String urgency, String state, double lon, double lat, String locationText, String districtCode,
                     String townshipCode, String townshipName, String villageCode, String villageName,
                     String gridCellCode, String reporterName, String reporterPhone, Long unitId, String satisfaction,
                     Instant receivedAt, Instant registeredAt, Instant dispatchedAt, Instant respondedAt,
                     Instant reportedDoneAt, Instant closedAt, Instant dispatchDueAt, Instant responseDueAt,
                     Instant resolveDueAt, boolean overdue, Instant updatedAt) {

    /** The columns in the order {@link #values()} gives them; geom is built from lon/lat by the writer. */
    static final String COLUMNS = "number, source, external_id, category_code, description, urgency, state, lon, lat, "
            + "location_text, district_code, township_code, township_name, village_code, village_name, grid_cell_code, "
            + "reporter_name, reporter_phone, unit_id, satisfaction, received_at, registered_at, dispatched_at, "
            + "responded_at, reported_done_at, closed_at, dispatch_due_at, response_due_at, resolve_due_at, overdue, "
            + "created_by, updated_at";
    static final int COLUMN_COUNT = 32;

    Object[] values() {
        return new Object[] {number, source, externalId, categoryCode, description, urgency, state, lon, lat,
                locationText, districtCode, townshipCode, townshipName, villageCode, villageName, gridCellCode,
                reporterName, reporterPhone, unitId, satisfaction, receivedAt, registeredAt, dispatchedAt,
                respondedAt, reportedDoneAt, closedAt, dispatchDueAt, responseDueAt, resolveDueAt, overdue,
                "bench", updatedAt};
    }
}
