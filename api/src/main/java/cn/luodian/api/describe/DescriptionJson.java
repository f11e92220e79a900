package cn.luodian.api.describe;

import cn.luodian.geo.crs.Datum;
import cn.luodian.geo.describe.Description;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;

/** A {@link Description} as the API answers it, coordinates in the datum the client asked in. */
final class DescriptionJson {

    private DescriptionJson() {
    }

    static Map<String, Object> of(Description d, Datum datum) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("text", d.text());
        json.put("point", point(d.point(), datum));
        json.put("crs", datum.parameterName());
        json.put("coverage", d.coverage().name().toLowerCase(Locale.ROOT));
        json.put("district", place(d.district()));
        json.put("township", place(d.township()));
        json.put("village", place(d.village()));
        json.put("gridCell", d.gridCellCode() == null ? null : Map.of("code", d.gridCellCode()));
        json.put("road", near(d.road(), datum));
        json.put("waterway", near(d.waterway(), datum));
        if (d.landmark() == null) {
            json.put("landmark", null);
        } else {
            Map<String, Object> landmark = new LinkedHashMap<>();
            landmark.put("name", d.landmark().name());
            landmark.put("side", d.landmark().side().text());
            landmark.put("distanceMetres", round(d.landmark().distanceMetres()));
            json.put("landmark", landmark);
        }
        return json;
    }

    static Map<String, Object> place(Description.Place place) {
        if (place == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", place.code());
        json.put("name", place.name());
        return json;
    }

    private static Map<String, Object> near(Description.NearFeature feature, Datum datum) {
        if (feature == null) {
            return null;
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", feature.name());
        json.put("distanceMetres", round(feature.distanceMetres()));
        json.put("nearestPoint", point(feature.nearestPoint(), datum));
        return json;
    }

    static Map<String, Object> point(Coordinate wgs84, Datum datum) {
        Coordinate c = datum.fromWgs84(wgs84.x, wgs84.y);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("lon", Math.round(c.x * 1e7) / 1e7);
        json.put("lat", Math.round(c.y * 1e7) / 1e7);
        return json;
    }

    /** Centimetres: more is noise, less loses the published rounding. */
    private static double round(double metres) {
        return Math.round(metres * 100) / 100.0;
    }
}
