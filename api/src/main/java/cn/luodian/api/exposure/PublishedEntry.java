package cn.luodian.api.exposure;

import cn.luodian.api.photos.PhotoRef;
import java.time.LocalDate;

/**
 * An entry as a period shows it, frozen at publication: the location sentence exactly as the
 * describe engine produced it for the case, its places, category, the responsible unit (属地), the
 * rectification deadline and the images by content hash. Nothing personal: no reporter, no phone,
 * not even the case description (callers write phone numbers into it).
 *
 * @param caseRef       the case number: the entry's stable reference across periods
 * @param periodsOnList how many periods the case has been on the list, this one included
 * @param firstNumber   the period that first listed the case
 * @param exposedOn     the date of that period
 * @param rectifiedOn   when the rectification was recorded (rectified entries only)
 * @param map           the small map of the place with the spot marked (null in a preview)
 */
public record PublishedEntry(int seq, EntryKind kind, String caseRef, String text, String townshipCode, String township,
                             String villageCode, String village, String categoryCode, String category, String unit,
                             LocalDate deadline, int periodsOnList, int firstNumber, LocalDate exposedOn,
                             LocalDate rectifiedOn, double lon, double lat, PhotoRef photo, PhotoRef after, PhotoRef map) {

    public PublishedEntry withMap(PhotoRef newMap) {
        return new PublishedEntry(seq, kind, caseRef, text, townshipCode, township, villageCode, village, categoryCode,
                category, unit, deadline, periodsOnList, firstNumber, exposedOn, rectifiedOn, lon, lat, photo, after, newMap);
    }

    /** 长凌营村 (漷县镇), or the township alone. */
    public String place() {
        String t = township == null ? "" : township;
        return village == null ? t : t + village;
    }
}
