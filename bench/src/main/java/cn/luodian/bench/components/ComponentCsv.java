package cn.luodian.bench.components;

import cn.luodian.geo.component.Component;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTWriter;

/**
 * Components as the import CSV has them (Chinese header; points as 经度/纬度, lines and polygons as
 * WKT in 几何), so that the generated inventory can be read back through {@code ComponentFileReader}.
 */
final class ComponentCsv {
    static final String HEADER = "部件编码,小类,名称,经度,纬度,几何,状态,权属单位,养护单位,普查日期,来源,备注";

    private ComponentCsv() {
    }

    static void write(List<Component> components, Writer out) {
        WKTWriter wkt = new WKTWriter();
        try {
            out.write(HEADER);
            out.write('\n');
            for (Component c : components) {
                boolean point = c.geometry() instanceof Point;
                out.write(String.join(",", c.code().value(), c.category(), c.name(),
                        point ? Double.toString(c.geometry().getCoordinate().x) : "",
                        point ? Double.toString(c.geometry().getCoordinate().y) : "",
                        point ? "" : "\"" + wkt.write(c.geometry()) + "\"",
                        c.status(), c.ownerUnit(), c.maintainerUnit(),
                        c.surveyedOn() == null ? "" : c.surveyedOn().toString(), c.source(), c.notes()));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
