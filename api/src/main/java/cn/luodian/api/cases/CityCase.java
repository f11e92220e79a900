package cn.luodian.api.cases;

import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.responsibility.GridDuty;
import java.time.Instant;

/**
 * A case (案件) as stored. Place fields come from the describe engine at creation and whenever
 * the location moves, so is {@code gridDuty} (its 责任网格 and grid worker then, null when the cell
 * was in none); {@code componentCode} names the 部件 the case is about (null for most cases);
 * timestamps record when each step happened and deadlines what the clocks require. Immutable:
 * changes produce a new value through the repository.
 */
public record CityCase(
        long id,
        String number,
        CaseSource source,
        String externalId,
        String categoryCode,
        String description,
        Urgency urgency,
        CaseState state,
        double lon,
        double lat,
        String locationText,
        String districtCode,
        String townshipCode,
        String townshipName,
        String villageCode,
        String villageName,
        String gridCellCode,
        String reporterName,
        String reporterPhone,
        Long unitId,
        Long mergedInto,
        int mergedCount,
        Satisfaction satisfaction,
        Instant receivedAt,
        Instant registeredAt,
        Instant dispatchedAt,
        Instant respondedAt,
        Instant reportedDoneAt,
        Instant closedAt,
        Instant dispatchDueAt,
        Instant responseDueAt,
        Instant feedbackDueAt,
        Instant resolveDueAt,
        boolean overdue,
        String createdBy,
        Instant updatedAt,
        int version,
        GridDuty gridDuty,
        String componentCode) {

    /** The admin code that decides whose jurisdiction the case is in: the village, else the township. */
    public String jurisdictionCode() {
        return villageCode != null ? villageCode : townshipCode != null ? townshipCode : districtCode;
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A copy with some fields changed: {@code c.toBuilder().state(s).updatedAt(now).build()}. */
    public static final class Builder {
        private long id;
        private String number;
        private CaseSource source;
        private String externalId;
        private String categoryCode;
        private String description;
        private Urgency urgency;
        private CaseState state;
        private double lon;
        private double lat;
        private String locationText;
        private String districtCode;
        private String townshipCode;
        private String townshipName;
        private String villageCode;
        private String villageName;
        private String gridCellCode;
        private String reporterName;
        private String reporterPhone;
        private Long unitId;
        private Long mergedInto;
        private int mergedCount;
        private Satisfaction satisfaction;
        private Instant receivedAt;
        private Instant registeredAt;
        private Instant dispatchedAt;
        private Instant respondedAt;
        private Instant reportedDoneAt;
        private Instant closedAt;
        private Instant dispatchDueAt;
        private Instant responseDueAt;
        private Instant feedbackDueAt;
        private Instant resolveDueAt;
        private boolean overdue;
        private String createdBy;
        private Instant updatedAt;
        private int version;
        private GridDuty gridDuty;
        private String componentCode;

        private Builder(CityCase c) {
            this.id = c.id;
            this.number = c.number;
            this.source = c.source;
            this.externalId = c.externalId;
            this.categoryCode = c.categoryCode;
            this.description = c.description;
            this.urgency = c.urgency;
            this.state = c.state;
            this.lon = c.lon;
            this.lat = c.lat;
            this.locationText = c.locationText;
            this.districtCode = c.districtCode;
            this.townshipCode = c.townshipCode;
            this.townshipName = c.townshipName;
            this.villageCode = c.villageCode;
            this.villageName = c.villageName;
            this.gridCellCode = c.gridCellCode;
            this.reporterName = c.reporterName;
            this.reporterPhone = c.reporterPhone;
            this.unitId = c.unitId;
            this.mergedInto = c.mergedInto;
            this.mergedCount = c.mergedCount;
            this.satisfaction = c.satisfaction;
            this.receivedAt = c.receivedAt;
            this.registeredAt = c.registeredAt;
            this.dispatchedAt = c.dispatchedAt;
            this.respondedAt = c.respondedAt;
            this.reportedDoneAt = c.reportedDoneAt;
            this.closedAt = c.closedAt;
            this.dispatchDueAt = c.dispatchDueAt;
            this.responseDueAt = c.responseDueAt;
            this.feedbackDueAt = c.feedbackDueAt;
            this.resolveDueAt = c.resolveDueAt;
            this.overdue = c.overdue;
            this.createdBy = c.createdBy;
            this.updatedAt = c.updatedAt;
            this.version = c.version;
            this.gridDuty = c.gridDuty;
            this.componentCode = c.componentCode;
        }

        public Builder id(long value) {
            this.id = value;
            return this;
        }

        public Builder number(String value) {
            this.number = value;
            return this;
        }

        public Builder source(CaseSource value) {
            this.source = value;
            return this;
        }

        public Builder externalId(String value) {
            this.externalId = value;
            return this;
        }

        public Builder categoryCode(String value) {
            this.categoryCode = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder urgency(Urgency value) {
            this.urgency = value;
            return this;
        }

        public Builder state(CaseState value) {
            this.state = value;
            return this;
        }

        public Builder lon(double value) {
            this.lon = value;
            return this;
        }

        public Builder lat(double value) {
            this.lat = value;
            return this;
        }

        public Builder locationText(String value) {
            this.locationText = value;
            return this;
        }

        public Builder districtCode(String value) {
            this.districtCode = value;
            return this;
        }

        public Builder townshipCode(String value) {
            this.townshipCode = value;
            return this;
        }

        public Builder townshipName(String value) {
            this.townshipName = value;
            return this;
        }

        public Builder villageCode(String value) {
            this.villageCode = value;
            return this;
        }

        public Builder villageName(String value) {
            this.villageName = value;
            return this;
        }

        public Builder gridCellCode(String value) {
            this.gridCellCode = value;
            return this;
        }

        public Builder reporterName(String value) {
            this.reporterName = value;
            return this;
        }

        public Builder reporterPhone(String value) {
            this.reporterPhone = value;
            return this;
        }

        public Builder unitId(Long value) {
            this.unitId = value;
            return this;
        }

        public Builder mergedInto(Long value) {
            this.mergedInto = value;
            return this;
        }

        public Builder mergedCount(int value) {
            this.mergedCount = value;
            return this;
        }

        public Builder satisfaction(Satisfaction value) {
            this.satisfaction = value;
            return this;
        }

        public Builder receivedAt(Instant value) {
            this.receivedAt = value;
            return this;
        }

        public Builder registeredAt(Instant value) {
            this.registeredAt = value;
            return this;
        }

        public Builder dispatchedAt(Instant value) {
            this.dispatchedAt = value;
            return this;
        }

        public Builder respondedAt(Instant value) {
            this.respondedAt = value;
            return this;
        }

        public Builder reportedDoneAt(Instant value) {
            this.reportedDoneAt = value;
            return this;
        }

        public Builder closedAt(Instant value) {
            this.closedAt = value;
            return this;
        }

        public Builder dispatchDueAt(Instant value) {
            this.dispatchDueAt = value;
            return this;
        }

        public Builder responseDueAt(Instant value) {
            this.responseDueAt = value;
            return this;
        }

        public Builder feedbackDueAt(Instant value) {
            this.feedbackDueAt = value;
            return this;
        }

        public Builder resolveDueAt(Instant value) {
            this.resolveDueAt = value;
            return this;
        }

        public Builder overdue(boolean value) {
            this.overdue = value;
            return this;
        }

        public Builder createdBy(String value) {
            this.createdBy = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            this.updatedAt = value;
            return this;
        }

        public Builder version(int value) {
            this.version = value;
            return this;
        }

        public Builder componentCode(String value) {
            this.componentCode = value;
            return this;
        }

        public Builder gridDuty(GridDuty value) {
            this.gridDuty = value;
            return this;
        }

        public CityCase build() {
            return new CityCase(id, number, source, externalId, categoryCode, description, urgency, state, lon, lat, locationText, districtCode, townshipCode, townshipName, villageCode, villageName, gridCellCode, reporterName, reporterPhone, unitId, mergedInto, mergedCount, satisfaction, receivedAt, registeredAt, dispatchedAt, respondedAt, reportedDoneAt, closedAt, dispatchDueAt, responseDueAt, feedbackDueAt, resolveDueAt, overdue, createdBy, updatedAt, version, gridDuty, componentCode);
        }
    }
}
