package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
/**
 * Where a page finds its images: the public file URLs of a published period, or the signed-in
 * preview URLs of a draft (whose files are not public yet and whose maps are drawn on request).
 */
public interface PhotoLinks {

    String file(PhotoRef ref);

    /** The entry's map; {@code entryId} is null for a published entry. */
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
        return new PhotoLinks() {
            @Override
            public String file(PhotoRef ref) {
                return "/api/v1/exposure/periods/" + periodId + "/files/" + ref.fileName();
            }

            @Override
            public String map(PublishedEntry entry, Long entryId) {
                return "/api/v1/exposure/periods/" + periodId + "/entries/" + entryId + "/map.png";
            }
        };
    }
}
