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
            throw new BadRequestException("位置描述为空");
        }
        if (text.length() > LocateController.MAX_TEXT_LENGTH) {
            throw new BadRequestException("位置描述有 " + text.length() + " 个字符，最多 " + LocateController.MAX_TEXT_LENGTH + " 个");
        }
        LocateResult result = index.get().locator().locate(text.strip());
        List<String> unknownNames = result.unresolved().stream().filter(u -> !u.equals(Locator.NOTHING_KNOWN)).toList();
        if (result.location() == null && result.unresolved().contains(Locator.NOTHING_KNOWN) && !unknownNames.isEmpty()) {
            throw new BadRequestException("位置“" + text.strip() + "”中有数据里没有的地名（" + String.join("；", unknownNames) + "）：请给出坐标或更正地名");
        }
        if (result.location() == null) {
            String why = result.unresolved().isEmpty() ? "数据中没有符合的位置" : String.join("；", result.unresolved());
            throw new BadRequestException("位置“" + text.strip() + "”无法定位：" + why);
        }
        if (!result.unresolved().isEmpty()) {
            throw new BadRequestException("位置“" + text.strip() + "”中有数据里没有的地名（" + String.join("；", result.unresolved()) + "）：请给出坐标或更正地名");
        }
        if (result.candidates().size() > 1) {
            throw new BadRequestException("位置“" + text.strip() + "”符合 " + result.candidates().size() + " 处不相连的地方：请给出坐标或更准确的描述");
        }
        if (result.uncertaintyMetres() != null && result.uncertaintyMetres() > maxUncertaintyMetres) {
            throw new BadRequestException("位置“" + text.strip() + "”太笼统：在 "
                    + String.format(Locale.ROOT, "%.0f", result.uncertaintyMetres()) + " 米范围内都符合（最多 "
                    + String.format(Locale.ROOT, "%.0f", maxUncertaintyMetres) + " 米）：请给出坐标或更准确的描述");
        }
        return result.location();
    }
}
