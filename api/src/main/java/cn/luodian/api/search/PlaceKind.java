package cn.luodian.api.search;

/** What kind of place a search result is, with the word the page shows for it; in the order groups are listed on ties. */
public enum PlaceKind {
    DISTRICT("district", "区"),
    TOWNSHIP("township", "乡镇/街道"),
    VILLAGE("village", "村/社区"),
    GRID("grid", "单元网格"),
    ROAD("road", "道路"),
    WATER("water", "河流水系"),
    LANDMARK("landmark", "地标");

    private final String id;
    private final String label;

    PlaceKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }
}
