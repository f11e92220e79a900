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
            throw new BadRequestException("bbox must be minLon,minLat,maxLon,maxLat, was '" + bbox + "'");
        }
        double[] v = new double[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new BadRequestException("bbox value '" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(v[i])) {
                throw new BadRequestException("bbox value '" + parts[i] + "' is not a finite number");
            }
        }
        if (v[0] < -180 || v[2] > 180 || v[1] < -90 || v[3] > 90) {
            throw new BadRequestException("bbox " + bbox + " is outside longitude -180..180 / latitude -90..90");
        }
        if (v[0] > v[2] || v[1] > v[3]) {
            throw new BadRequestException("bbox " + bbox + " has min greater than max (order is minLon,minLat,maxLon,maxLat)");
        }
        return new Envelope(v[0], v[2], v[1], v[3]);
    }
}
