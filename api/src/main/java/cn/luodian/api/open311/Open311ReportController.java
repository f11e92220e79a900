package cn.luodian.api.open311;

import cn.luodian.api.cases.CaseService;
import cn.luodian.api.cases.CaseSource;
import cn.luodian.api.cases.CityCase;
import cn.luodian.api.cases.NewCase;
import cn.luodian.api.categories.Category;
import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.clocks.Urgency;
import cn.luodian.api.describe.Coordinates;
import cn.luodian.api.describe.SentencePlacer;
import cn.luodian.api.describe.SentenceReading;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.api.system.NotFoundException;
import cn.luodian.api.system.TextFields;
import cn.luodian.api.unplaced.NewUnplaced;
import cn.luodian.api.unplaced.UnplacedReport;
import cn.luodian.api.unplaced.UnplacedReports;
import cn.luodian.geo.crs.Datum;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 {@code POST requests.json}: a citizen's report (source public), form-encoded
 * as the spec says. The place is lat/long (WGS-84, or the datum in {@code crs}, our extension) or,
 * without them, {@code address_string} read as a location sentence. Name and phone (or email when
 * there is no phone) are stored as the reporter's contact and never shown by Open311. No api_key
 * is needed. Answers 201 with {@code [{"service_request_id": case number, …}]}; when the words
 * give no single place, 202 with {@code [{"token": …}]} and the report waits in the 待定位 list.
 */
@RestController
public class Open311ReportController {
    static final int MAX_CONTACT = 40;
    static final int MAX_NAME = 100;

    private final CaseService cases;
    private final Taxonomy categories;
    private final SentencePlacer places;
    private final UnplacedReports unplaced;

    public Open311ReportController(CaseService cases, Taxonomy categories, SentencePlacer places, UnplacedReports unplaced) {
        this.unplaced = unplaced;
        this.cases = cases;
        this.categories = categories;
        this.places = places;
    }

    @PostMapping(path = "/open311/v2/requests.json",
            consumes = {MediaType.APPLICATION_FORM_URLENCODED_VALUE, MediaType.MULTIPART_FORM_DATA_VALUE})
    public ResponseEntity<List<Map<String, Object>>> report(
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "lat", required = false) String lat,
            @RequestParam(name = "long", required = false) String lon,
            @RequestParam(name = "address_string", required = false) String addressString,
            @RequestParam(name = "description", required = false) String description,
            @RequestParam(name = "email", required = false) String email,
            @RequestParam(name = "first_name", required = false) String firstName,
            @RequestParam(name = "last_name", required = false) String lastName,
            @RequestParam(name = "phone", required = false) String phone,
            @RequestParam(name = "jurisdiction_id", required = false) String jurisdictionId,
            @RequestParam(name = "api_key", required = false) String apiKey,
            @RequestParam(name = "crs", required = false) String crs) {
        // Every field passes the one text check first, by its Open311 name: nothing half-checked is stored.
        TextFields.line("service_code", serviceCode, 20);
        TextFields.line("lat", lat, 40);
        TextFields.line("long", lon, 40);
        TextFields.line("address_string", addressString, 500);
        TextFields.text("description", description, CaseService.MAX_DESCRIPTION - 600);
        TextFields.contact("email", email);
        TextFields.line("first_name", firstName, MAX_NAME);
        TextFields.line("last_name", lastName, MAX_NAME);
        TextFields.phone("phone", phone);
        TextFields.line("jurisdiction_id", jurisdictionId, 100);
        TextFields.line("api_key", apiKey, 200);
        TextFields.line("crs", crs, 40);
        String code = service(serviceCode);
        if (blank(description)) {
            throw new BadRequestException("缺少问题描述：请说明是什么问题");
        }
        Datum datum = Coordinates.datum(crs);
        Coordinate point;
        String address = blank(addressString) ? null : addressString.strip();
        String text = description.strip();
        if (!blank(lat) || !blank(lon)) {
            if (blank(lat) || blank(lon)) {
                throw new BadRequestException("纬度和经度须同时给出，或都不给而给出地址描述");
            }
            point = new Coordinate(number("long", lon), number("lat", lat));
            if (address != null) {
                text = text + "\n（市民所述位置：" + address + "）";
            }
        } else if (address != null) {
            SentenceReading reading = places.read(address);
            if (reading.namesNothingKnown()) {
                throw new BadRequestException("无法根据所述地址定位：" + reading.reason() + "；请给出经纬度或更准确的位置描述");
            }
            if (!reading.isPlaced()) {
                return queued(code, text, firstName, lastName, phone, email, reading);
            }
            point = reading.point();
            datum = Datum.WGS84;
        } else {
            throw new BadRequestException("缺少位置：请给出纬度和经度，或地址描述");
        }
        String name = name(firstName, lastName);
        String contact = contact(phone, email);
        NewCase input = new NewCase(code, text, Urgency.NORMAL, CaseSource.PUBLIC, point.x, point.y, datum,
                name, contact, null, null);
        CityCase created = cases.create(input, ServiceRequestViews.PUBLIC).value();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_request_id", created.number());
        json.put("service_notice", "已受理，请凭编号 " + created.number() + " 查询办理进度");
        json.put("account_id", null);
        return ResponseEntity.created(URI.create("/open311/v2/requests/" + created.number() + ".json")).body(List.of(json));
    }

    /** GeoReport v2 token lookup: the case number once the report has been placed, else null. */
    @GetMapping("/open311/v2/tokens/{token}.json")
    public List<Map<String, Object>> token(@PathVariable String token) {
        long id;
        try {
            id = Long.parseLong(token);
        } catch (NumberFormatException e) {
            throw new NotFoundException("没有令牌 " + token);
        }
        UnplacedReport report = unplaced.findForToken(id)
                .filter(r -> r.source() == CaseSource.PUBLIC)
                .orElseThrow(() -> new NotFoundException("没有令牌 " + token));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("token", token);
        json.put("service_request_id", report.placedCaseId() == null ? null
                : cases.get(report.placedCaseId(), ServiceRequestViews.PUBLIC).number());
        return List.of(json);
    }

    /**
     * The words fit several places or none clearly: the report waits in the 待定位 list and the
     * citizen gets a token (GeoReport v2's answer when the request id is not known yet), which
     * {@code tokens/{token}.json} turns into the case number once a dispatcher has placed it.
     */
    private ResponseEntity<List<Map<String, Object>>> queued(String code, String text, String firstName, String lastName,
                                                             String phone, String email, SentenceReading reading) {
        UnplacedReport kept = unplaced.record(new NewUnplaced(CaseSource.PUBLIC, null, code, text, Urgency.NORMAL,
                name(firstName, lastName), contact(phone, email), null, reading), ServiceRequestViews.PUBLIC);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("token", Long.toString(kept.id()));
        json.put("service_notice", "已收到，位置待工作人员确认（" + reading.reason() + "）；确认后可凭此令牌查询案件编号");
        return ResponseEntity.accepted().body(List.of(json));
    }

    private static String name(String firstName, String lastName) {
        String name = (blank(lastName) ? "" : lastName.strip()) + (blank(firstName) ? "" : firstName.strip());
        TextFields.line("first_name", name, MAX_NAME);
        return name.isEmpty() ? null : name;
    }

    private static String contact(String phone, String email) {
        String contact = !blank(phone) ? phone.strip() : blank(email) ? null : email.strip();
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw new BadRequestException((blank(phone) ? "电子邮箱" : "电话") + "超过 " + MAX_CONTACT + " 个字符");
        }
        return contact;
    }

    private String service(String serviceCode) {
        if (blank(serviceCode)) {
            throw new BadRequestException("缺少服务代码：可用的服务见 /open311/v2/services.json");
        }
        Category category = categories.find(serviceCode.strip()).orElse(null);
        if (category == null || category.isTopLevel()) {
            throw new BadRequestException("没有服务代码 '" + serviceCode.strip() + "'：可用的服务见 /open311/v2/services.json");
        }
        return category.code();
    }

    private static double number(String parameter, String value) {
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(("lat".equals(parameter) ? "纬度" : "经度") + " '" + value.strip() + "' 不是数字");
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
