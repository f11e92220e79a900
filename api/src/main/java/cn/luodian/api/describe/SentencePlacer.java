package cn.luodian.api.describe;

import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.locate.LocateResult;
import cn.luodian.geo.locate.Locator;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.springframework.stereotype.Component;

/**
 * A location sentence read back into the one point a case can be placed at, for inputs that come
 * with words instead of coordinates (hotline exports, Open311's address_string). A sentence that
 * fits no place, names something the data does not know, fits several separate places, or leaves an
 * area wider than the limit open is refused with the reason: a case placed on a guess goes to the
 * wrong township or grid cell.
 */
@Component
public class SentencePlacer {
    private final ReferenceIndexHolder index;
    private final double maxUncertaintyMetres;

    public SentencePlacer(ReferenceIndexHolder index, LocateSettings settings) {
        this.index = index;
        this.maxUncertaintyMetres = settings.maxUncertaintyMetres();
    }

    /** The point (WGS-84) the sentence names; BadRequestException with the reason otherwise. */
    public Coordinate place(String text) {
        if (text == null || text.isBlank()) {
            throw new BadRequestException("the location sentence is empty");
        }
        if (text.length() > LocateController.MAX_TEXT_LENGTH) {
            throw new BadRequestException("the location sentence has " + text.length() + " characters; at most "
                    + LocateController.MAX_TEXT_LENGTH);
        }
        LocateResult result = index.get().locator().locate(text.strip());
        List<String> unknownNames = result.unresolved().stream().filter(u -> !u.equals(Locator.NOTHING_KNOWN)).toList();
        if (result.location() == null && result.unresolved().contains(Locator.NOTHING_KNOWN) && !unknownNames.isEmpty()) {
            throw new BadRequestException("location '" + text.strip() + "' names what the data does not know ("
                    + String.join("; ", unknownNames) + "): give coordinates or correct the names");
        }
        if (result.location() == null) {
            String why = result.unresolved().isEmpty() ? "no place in the data fits it" : String.join("; ", result.unresolved());
            throw new BadRequestException("location '" + text.strip() + "' cannot be placed: " + why);
        }
        if (!result.unresolved().isEmpty()) {
            throw new BadRequestException("location '" + text.strip() + "' names what the data does not know ("
                    + String.join("; ", result.unresolved()) + "): give coordinates or correct the names");
        }
        if (result.candidates().size() > 1) {
            throw new BadRequestException("location '" + text.strip() + "' fits " + result.candidates().size()
                    + " separate places: give coordinates or a more precise sentence");
        }
        if (result.uncertaintyMetres() != null && result.uncertaintyMetres() > maxUncertaintyMetres) {
            throw new BadRequestException("location '" + text.strip() + "' is too vague: it fits anywhere within "
                    + String.format(Locale.ROOT, "%.0f", result.uncertaintyMetres()) + " m (at most "
                    + String.format(Locale.ROOT, "%.0f", maxUncertaintyMetres) + " m): give coordinates or a more precise sentence");
        }
        return result.location();
    }
}
