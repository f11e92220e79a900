package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import java.util.Map;

/**
 * Where a page finds its images: the public file URLs of a published period, or the signed-in
 * preview URLs of a draft (whose files are not public yet and whose maps are drawn on request).
 */
public interface PhotoLinks {

    String file(PhotoRef ref);

    /**
     * The entry's map. {@code entryId} is null where the caller has only the entry as shown (the
     * period's page); a preview then finds it by the entry's place on the list.
     */
    String map(PublishedEntry entry, Long entryId);

    PhotoLinks PUBLISHED = new PhotoLinks() {
        @Override
        public String file(PhotoRef ref) {
            return PublicLinks.file(ref);
        }

        @Override
        public String map(PublishedEntry entry, Long entryId) {
            return entry.map() == null ? null : PublicLinks.file(entry.map());
        }
    };

    static PhotoLinks preview(long periodId) {
        return preview(periodId, Map.of());
    }

    /** A draft's preview links; {@code entryIdsBySeq} finds an entry's map from its place on the list. */
    static PhotoLinks preview(long periodId, Map<Integer, Long> entryIdsBySeq) {
        return new PhotoLinks() {
            @Override
            public String file(PhotoRef ref) {
                return "/api/v1/exposure/periods/" + periodId + "/files/" + ref.fileName();
            }

            @Override
            public String map(PublishedEntry entry, Long entryId) {
                Long id = entryId != null ? entryId : entryIdsBySeq.get(entry.seq());
                return id == null ? null : "/api/v1/exposure/periods/" + periodId + "/entries/" + id + "/map.png";
            }
        };
    }
}
