package cn.luodian.api.describe;

import cn.luodian.geo.locate.LocateResult.Candidate;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * A location sentence read for a case: the one point (WGS-84) it names, or why it names none
 * (in Chinese, for the person who places it) with the separate places it could mean.
 * {@code namesNothingKnown} is true when the words name no place of the data at all.
 */
public record SentenceReading(String text, Coordinate point, String reason, List<Candidate> candidates,
                              boolean namesNothingKnown) {

    public SentenceReading {
        candidates = List.copyOf(candidates);
    }

    static SentenceReading placed(String text, Coordinate point) {
        return new SentenceReading(text, point, null, List.of(), false);
    }

    static SentenceReading unplaced(String text, String reason, List<Candidate> candidates, boolean namesNothingKnown) {
        return new SentenceReading(text, null, reason, candidates, namesNothingKnown);
    }

    public boolean isPlaced() {
        return point != null;
    }
}
