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
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.crs.Datum;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 {@code POST requests.json}: a citizen's report (source public), form-encoded
 * as the spec says. The place is lat/long (WGS-84, or the datum in {@code crs}, our extension) or,
 * without them, {@code address_string} read as a location sentence. Name and phone (or email when
 * there is no phone) are stored as the reporter's contact and never shown by Open311. No api_key
 * is needed. Answers 201 with {@code [{"service_request_id": case number, …}]}.
 */
@RestController
public class Open311ReportController {
    static final int MAX_CONTACT = 40;
    static final int MAX_NAME = 100;

    private final CaseService cases;
    private final Taxonomy categories;
    private final SentencePlacer places;

    public Open311ReportController(CaseService cases, Taxonomy categories, SentencePlacer places) {
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
            point = places.place(address);
            datum = Datum.WGS84;
        } else {
            throw new BadRequestException("缺少位置：请给出纬度和经度，或地址描述");
        }
        String name = ((blank(lastName) ? "" : lastName.strip()) + (blank(firstName) ? "" : firstName.strip()));
        String contact = !blank(phone) ? phone.strip() : blank(email) ? null : email.strip();
        if (name.length() > MAX_NAME) {
            throw new BadRequestException("姓名合计超过 " + MAX_NAME + " 个字符");
        }
        if (contact != null && contact.length() > MAX_CONTACT) {
            throw new BadRequestException((blank(phone) ? "电子邮箱" : "电话") + "超过 " + MAX_CONTACT + " 个字符");
        }
        NewCase input = new NewCase(code, text, Urgency.NORMAL, CaseSource.PUBLIC, point.x, point.y, datum,
                name.isEmpty() ? null : name, contact, null, null);
        CityCase created = cases.create(input, ServiceRequestViews.PUBLIC).value();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("service_request_id", created.number());
        json.put("service_notice", "已受理，请凭编号 " + created.number() + " 查询办理进度");
        json.put("account_id", null);
        return ResponseEntity.created(URI.create("/open311/v2/requests/" + created.number() + ".json")).body(List.of(json));
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
