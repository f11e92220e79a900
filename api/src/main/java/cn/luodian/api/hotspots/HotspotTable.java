package cn.luodian.api.hotspots;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.springframework.http.ResponseEntity;

/**
 * The result of an analysis, independent of its format: one row per unit (or density cell) with its
 * WGS-84 geometry and its statistics in a fixed order, the parameters as used (defaults filled in)
 * and a summary. Written as GeoJSON by {@link HotspotGeoJson} and as CSV by {@link HotspotCsv}.
 */
public record HotspotTable(List<Row> rows, Map<String, Object> parameters, Map<String, Object> summary)
        implements HotspotAnswer {

    public HotspotTable {
        rows = List.copyOf(rows);
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
    }

    @Override
    public ResponseEntity<byte[]> write(HotspotFormat format, String name) {
        return format.answer(this, name);
    }

    /** One feature: its properties keep their insertion order (unitId, name, value, then the statistics). */
    public record Row(Geometry geometry, Map<String, Object> properties) {

        public Row {
            properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        }
    }
}
