package cn.luodian.api.cases;

/**
 * How many cases of one category one place (grid cell, village or township; its name when known)
 * received before a split instant and from it on, within the filter's time range.
 */
public record PlaceCategoryCount(String placeCode, String placeName, String categoryCode, long before, long since) {
}
