package cn.luodian.api.layers;

import cn.luodian.api.system.BadRequestException;
import org.locationtech.jts.geom.Envelope;

/** Parses {@code bbox=minLon,minLat,maxLon,maxLat} (WGS-84) the way every endpoint takes it. */
public final class BoundingBoxes {

    private BoundingBoxes() {
    }

    public static Envelope parse(String bbox) {
        String[] parts = bbox.split(",");
        if (parts.length != 4) {
            throw new BadRequestException("范围应为 最小经度,最小纬度,最大经度,最大纬度，实为 '" + bbox + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("范围中的 '" + parts[i] + "' 不是数字");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadRequestException("范围中的 '" + parts[i] + "' 不是有限数");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new BadRequestException("范围 " + bbox + " 超出经度 -180..180、纬度 -90..90");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new BadRequestException("范围 " + bbox + " 的最小值大于最大值（顺序为 最小经度,最小纬度,最大经度,最大纬度）");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
