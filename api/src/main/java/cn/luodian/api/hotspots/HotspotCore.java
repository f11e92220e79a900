package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import java.util.function.Supplier;

/**
 * Calls into the statistics core ({@code cn.luodian.geo.hotspot}). The core checks its arguments
 * and says what is wrong with an IllegalArgumentException (k not below the number of units, all
 * values equal, a band too wide for memory); those are the client's to fix, so they become 400.
 * The core's exception stays the cause ({@code NoVariationException} for all values equal).
 */
final class HotspotCore {

    private HotspotCore() {
    }

    static <T> T call(Supplier<T> computation) {
        try {
            return computation.get();
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage(), e);
        }
    }

    /** A statistic for JSON: NaN and infinities (a neighbourhood of every unit, say) become null. */
    static Double finite(double value) {
        return Double.isFinite(value) ? value : null;
    }
}
