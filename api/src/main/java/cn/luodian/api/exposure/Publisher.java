package cn.luodian.api.exposure;

import java.time.Instant;
import java.util.List;

/**
 * Who brings out a numbered series of periods (e.g. 通州区城市管理委员会), how often, from which
 * number on, whether every new entry needs a photo, and which categories it targets.
 */
public record Publisher(long id, String code, String name, String titleLine, Cadence cadence, int firstNumber,
                        boolean photoRequired, List<String> targetCategories, boolean demo, Instant createdAt) {

    public Publisher {
        targetCategories = List.copyOf(targetCategories);
    }
}
