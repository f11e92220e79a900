package cn.luodian.api.photos;

import cn.luodian.api.system.EnumIds;
import java.time.Instant;
import java.util.Locale;

/** A photo of a case: before the fix, during, or after (整治前后对比). */
public record Photo(long id, long caseId, Stage stage, String sha256, ImageType type, long sizeBytes, String uploadedBy,
                    Instant uploadedAt) {

    public enum Stage {
        BEFORE, PROGRESS, AFTER;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Stage parse(String id) {
            return EnumIds.parse(values(), Stage::id, id, "无法识别的照片阶段 '" + id + "'：应为处置前、处置中或处置后");
        }
    }
}
