package cn.luodian.geo.locate;

import java.util.ArrayList;
import java.util.List;

/** The parts of a {@link ParsedLocation} while the parser fills them in. */
final class LocationDraft {
    String township;
    String village;
    String road;
    Integer roadDistanceMetres;
    String waterway;
    Integer waterwayDistanceMetres;
    String landmark;
    String side;
    final List<String> warnings = new ArrayList<>();

    void warn(String warning) {
        warnings.add(warning);
    }

    ParsedLocation build() {
        return new ParsedLocation(township, village, road, roadDistanceMetres, waterway,
                waterwayDistanceMetres, landmark, side, warnings);
    }
}
