package cn.luodian.api.describe;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.locate.LocateResult;
import cn.luodian.geo.locate.Locator;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * A location sentence read back into the one point a case can be placed at, for inputs that come
 * with words instead of coordinates (hotline exports, Open311's address_string). A sentence that
 * fits no place, names something the data does not know, fits several separate places, or leaves an
 * area wider than the limit open gives no point but the reason and the places it could mean: a case
 * placed on a guess goes to the wrong township or grid cell, so a person picks the spot (待定位).
 */
@Component
public class SentencePlacer {
    private final ReferenceIndexHolder index;
    private final double maxUncertaintyMetres;

    public SentencePlacer(ReferenceIndexHolder index, LocateSettings settings) {
        this.index = index;
        this.maxUncertaintyMetres = settings.maxUncertaintyMetres();
    }

    /** Reads the sentence; BadRequestException only for empty or too long text. */
    public SentenceReading read(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("位置描述为空");
        }
        if (text.length() > LocateController.MAX_TEXT_LENGTH) {
            throw new BadRequestException("位置描述有 " + text.length() + " 个字符，最多 " + LocateController.MAX_TEXT_LENGTH + " 个");
        }
        String words = text.strip();
        LocateResult result = index.get().locator().locate(words);
        List<String> unknownNames = result.unresolved().stream()
                .filter(u -> !u.equals(Locator.NOTHING_KNOWN)).toList();
        if (result.location() == null && result.unresolved().contains(Locator.NOTHING_KNOWN)) {
            String why = unknownNames.isEmpty() ? Locator.NOTHING_KNOWN : String.join("；", unknownNames);
            return SentenceReading.unplaced(words, why, List.of(), true);
        }
        if (result.location() == null) {
            String why = result.unresolved().isEmpty() ? "没有同时符合所述地名、距离和方位的位置" : String.join("；", result.unresolved());
            return SentenceReading.unplaced(words, why, List.of(), false);
        }
        List<LocateResult.Candidate> candidates = result.candidates().isEmpty()
                ? List.of(new LocateResult.Candidate(result.location(), result.uncertaintyMetres()))
                : result.candidates();
        if (!unknownNames.isEmpty()) {
            return SentenceReading.unplaced(words, String.join("；", unknownNames), candidates, false);
        }
        if (candidates.size() > 1) {
            return SentenceReading.unplaced(words, "描述符合 " + candidates.size() + " 处不同的位置", candidates, false);
        }
        if (result.uncertaintyMetres() != null && result.uncertaintyMetres() > maxUncertaintyMetres) {
            return SentenceReading.unplaced(words, "描述过于笼统：符合的范围半径约 "
                    + String.format(Locale.ROOT, "%.0f", result.uncertaintyMetres()) + " 米（至多 "
                    + String.format(Locale.ROOT, "%.0f", maxUncertaintyMetres) + " 米）", candidates, false);
        }
        return SentenceReading.placed(words, result.location());
    }
}
