package cn.luodian.api.open311;

import cn.luodian.api.cases.CaseFilter;
import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSettings;
import cn.luodian.api.cases.CaseState;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.dispatch.ResponsibleUnit;
import cn.luodian.api.dispatch.ResponsibleUnits;
import cn.luodian.api.security.Actor;
import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.crs.GaussKrugerProjection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;

/**
 * Cases as Open311 service requests: public fields only, of the cases the district publishes
 * ({@link Open311Settings}: by default the public's own reports). Reporter name and contact never
 * appear, long digit runs in the description (phone or ID numbers a caller dictated) are masked,
 * and the location is coarsened: the centre of its 100 m square in EPSG:4548, the township and
 * village instead of the sentence.
 * States map to Open311's two: closed, rejected and merged are {@code closed}; the rest {@code open}.
 */
@Component
class ServiceRequestViews {
    static final Actor PUBLIC = Actor.system("open311");
    private static final Pattern LONG_DIGIT_RUN = Pattern.compile("\\d{7,}");
    private static final GaussKrugerProjection METRIC = GaussKrugerProjection.beijing();

    private final CaseService cases;
    private final Taxonomy categories;
    private final ResponsibleUnits units;
    private final CaseSettings settings;
    private final Open311Settings published;

    ServiceRequestViews(CaseService cases, Taxonomy categories, ResponsibleUnits units, CaseSettings settings,
                        Open311Settings published) {
        this.cases = cases;
        this.categories = categories;
        this.units = units;
        this.settings = settings;
        this.published = published;
    }

    /** Whether the district publishes this case over Open311. */
    boolean isPublished(CityCase c) {
        return published.publicSources().contains(c.source());
    }

    /** A list filter limited to the published cases. */
    CaseFilter publishedOnly(CaseFilter filter) {
        return filter.withSources(published.publicSources());
    }

    List<Map<String, Object>> of(List<CityCase> list, Datum datum) {
        Map<String, Category> byCode = categories.listAll().stream().collect(Collectors.toMap(Category::code, c -> c));
        Map<Long, Optional<ResponsibleUnit>> unitCache = new HashMap<>();
        return list.stream().map(c -> view(c, byCode.get(c.categoryCode()),
                c.unitId() == null ? null : unitCache.computeIfAbsent(c.unitId(), units::findUnit).orElse(null), datum)).toList();
    }

    static String status(CaseState state) {
        return state.isOpen() ? "open" : "closed";
    }

    private Map<String, Object> view(CityCase c, Category category, ResponsibleUnit unit, Datum datum) {
        Coordinate coarse = coarsened(c.lon(), c.lat());
        Coordinate point = datum.fromWgs84(coarse.x, coarse.y);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_request_id", c.number());
        json.put("status", status(c.state()));
        json.put("status_notes", statusNotes(c));
        json.put("service_name", category == null ? null : category.name());
        json.put("service_code", c.categoryCode());
        json.put("description", published.showDescriptions() ? maskDigits(c.description()) : null);
        json.put("agency_responsible", unit == null ? null : unit.name());
        json.put("service_notice", null);
        json.put("requested_datetime", Open311Times.format(c.receivedAt(), settings.zone()));
        json.put("updated_datetime", Open311Times.format(c.updatedAt(), settings.zone()));
        json.put("expected_datetime", c.state().isOpen() ? Open311Times.format(c.resolveDueAt(), settings.zone()) : null);
        json.put("address", published.locationPrecisionMetres() == 0 ? c.locationText() : area(c));
        json.put("address_id", null);
        json.put("zipcode", null);
        json.put("lat", point.y);
        json.put("long", point.x);
        json.put("media_url", null);
        return json;
    }

    /** WGS-84 lon/lat moved to the centre of its square of locationPrecisionMetres in EPSG:4548. */
    Coordinate coarsened(double lon, double lat) {
        int size = published.locationPrecisionMetres();
        if (size == 0) {
            return new Coordinate(lon, lat);
        }
        Coordinate metric = METRIC.toMetric(lon, lat);
        return METRIC.toGeographic((Math.floor(metric.x / size) + 0.5) * size, (Math.floor(metric.y / size) + 0.5) * size);
    }

    /** The township and village, without the sentence that pins the spot. */
    private static String area(CityCase c) {
        String area = (c.townshipName() == null ? "" : c.townshipName()) + (c.villageName() == null ? "" : c.villageName());
        return area.isEmpty() ? null : area + "（位置已模糊处理）";
    }

    private String statusNotes(CityCase c) {
        if (c.state() == CaseState.MERGED && c.mergedInto() != null) {
            String into;
            try {
                into = cases.get(c.mergedInto(), PUBLIC).number();
            } catch (RuntimeException gone) {
                into = null;
            }
            return into == null ? c.state().label() : "已与同类诉求合并：" + into;
        }
        return c.state().label();
    }

    /** 13812345678 → 138****5678: digit runs of 7 or more keep their first 3 and last 2–4 digits. */
    static String maskDigits(String text) {
        Matcher m = LONG_DIGIT_RUN.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String run = m.group();
            int keepEnd = run.length() >= 11 ? 4 : 2;
            m.appendReplacement(out, run.substring(0, 3) + "*".repeat(run.length() - 3 - keepEnd) + run.substring(run.length() - keepEnd));
        }
        m.appendTail(out);
        return out.toString();
    }
}
