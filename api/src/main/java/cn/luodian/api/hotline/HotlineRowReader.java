package cn.luodian.api.hotline;

import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.describe.SentencePlacer;
import cn.luodian.api.describe.SentenceReading;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.TextFields;
import cn.luodian.api.unplaced.NewUnplaced;
import cn.luodian.geo.crs.Datum;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.locationtech.jts.geom.Coordinate;

/**
 * One row of a hotline export to a {@link NewCase} from the 12345 hotline. Coordinates win over the
 * location sentence; a sentence that gives no single place makes the row a 待定位 report instead.
 * A row with neither, or with a cell that does not parse, throws a BadRequestException whose
 * message is the row's reason in the report.
 */
final class HotlineRowReader {
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_NAME = 100;
    static final int MAX_PHONE = 40;

    private final HotlineHeader header;
    private final CategoryMatcher categories;
    private final SentencePlacer places;
    private final ZoneId zone;
    private final Clock clock;

    HotlineRowReader(HotlineHeader header, CategoryMatcher categories, SentencePlacer places, ZoneId zone, Clock clock) {
        this.clock = clock;
        this.header = header;
        this.categories = categories;
        this.places = places;
        this.zone = zone;
    }

    /** The row's 工单编号, or null when the cell is empty. */
    String externalId(CsvRecord record) {
        String id = header.value(record, HotlineColumn.EXTERNAL_ID);
        return id.isEmpty() ? null : id;
    }

    /**
     * Every cell of the row through the one text check ({@link TextFields}), named by its column:
     * what would not fit its column or is not text refuses the row before anything looks it up.
     */
    void checkCells(CsvRecord record) {
        for (HotlineColumn column : HotlineColumn.values()) {
            String value = header.value(record, column);
            switch (column) {
                case DESCRIPTION -> TextFields.text(column.label(), value, CaseService.MAX_DESCRIPTION);
                case EXTERNAL_ID -> TextFields.line(column.label(), value, MAX_EXTERNAL_ID);
                case REPORTER_NAME -> TextFields.line(column.label(), value, MAX_NAME);
                case REPORTER_PHONE -> TextFields.phone(column.label(), value);
                case LOCATION -> TextFields.line(column.label(), value, 500);
                default -> TextFields.line(column.label(), value, 100);
            }
        }
    }

    /** The row as a case to store, or (its words giving no single place) as a 待定位 report. */
    HotlineRow read(CsvRecord record) {
        checkCells(record);
        if (record.fields().size() != header.width()) {
            throw new BadRequestException("这一行有 " + record.fields().size() + " 个字段，表头有 " + header.width() + " 个（字段内的逗号须用双引号括起）");
        }
        String externalId = externalId(record);
        if (externalId == null) {
            throw new BadRequestException(HotlineColumn.EXTERNAL_ID.label() + "为空：每一行都需要热线自己的工单编号");
        }
        if (externalId.length() > MAX_EXTERNAL_ID) {
            throw new BadRequestException(HotlineColumn.EXTERNAL_ID.label() + "超过 " + MAX_EXTERNAL_ID + " 个字符");
        }
        String category = categories.codeOf(header.value(record, HotlineColumn.CATEGORY));
        String description = header.value(record, HotlineColumn.DESCRIPTION);
        if (description.isEmpty()) {
            throw new BadRequestException(HotlineColumn.DESCRIPTION.label() + "为空");
        }
        Urgency urgency = urgency(header.value(record, HotlineColumn.URGENCY));
        String received = header.value(record, HotlineColumn.RECEIVED_AT);
        Instant receivedAt = TextFields.notInFuture(HotlineColumn.RECEIVED_AT.label(),
                received.isEmpty() ? null : HotlineTimes.parse(received, zone), clock);
        Coordinate point;
        Datum datum;
        String lon = header.value(record, HotlineColumn.LON);
        String lat = header.value(record, HotlineColumn.LAT);
        if (!lon.isEmpty() || !lat.isEmpty()) {
            if (lon.isEmpty() || lat.isEmpty()) {
                throw new BadRequestException(HotlineColumn.LON.label() + "和" + HotlineColumn.LAT.label() + "只填了一个：须同时填写");
            }
            datum = Coordinates.datum(emptyToNull(header.value(record, HotlineColumn.CRS)));
            point = new Coordinate(number(HotlineColumn.LON, lon), number(HotlineColumn.LAT, lat));
        } else {
            String location = header.value(record, HotlineColumn.LOCATION);
            if (location.isEmpty()) {
                throw new BadRequestException("没有位置：" + HotlineColumn.LON.label() + "、" + HotlineColumn.LAT.label() + "和" + HotlineColumn.LOCATION.label() + "都为空");
            }
            datum = Datum.WGS84;
            SentenceReading reading = places.read(location);
            if (!reading.isPlaced()) {
                return new HotlineRow.Unplaced(new NewUnplaced(CaseSource.HOTLINE_12345, externalId, category, description,
                        urgency, reporterName(record), reporterPhone(record), receivedAt, reading));
            }
            point = reading.point();
        }
        return new HotlineRow.Placed(new NewCase(category, description, urgency, CaseSource.HOTLINE_12345, point.x, point.y,
                datum, reporterName(record), reporterPhone(record), externalId, receivedAt,
                emptyToNull(header.value(record, HotlineColumn.COMPONENT_CODE))));
    }

    private String reporterName(CsvRecord record) {
        return limited(HotlineColumn.REPORTER_NAME, header.value(record, HotlineColumn.REPORTER_NAME), MAX_NAME);
    }

    private String reporterPhone(CsvRecord record) {
        return limited(HotlineColumn.REPORTER_PHONE, header.value(record, HotlineColumn.REPORTER_PHONE), MAX_PHONE);
    }

    /** 一般/紧急/特急 or normal/urgent/emergency; empty is 一般. */
    static Urgency urgency(String cell) {
        if (cell.isEmpty()) {
            return Urgency.NORMAL;
        }
        for (Urgency urgency : Urgency.values()) {
            if (urgency.label().equals(cell) || urgency.id().equalsIgnoreCase(cell)) {
                return urgency;
            }
        }
        throw new BadRequestException(HotlineColumn.URGENCY.label() + " '" + cell + "' 无效：应为 一般、紧急 或 特急");
    }

    private static double number(HotlineColumn column, String cell) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new BadRequestException(column.label() + " '" + cell + "' 不是数字");
        }
    }

    private static String limited(HotlineColumn column, String value, int max) {
        if (value.length() > max) {
            throw new BadRequestException(column.label() + "超过 " + max + " 个字符");
        }
        return emptyToNull(value);
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }
}
