package cn.luodian.api.patrols;

/** How a patrol's track arrived: live from the phone, or as an uploaded GPX file. */
public enum PatrolSource {
    LIVE("live", "实时巡查"),
    GPX("gpx", "轨迹文件");

    private final String id;
    private final String label;

    PatrolSource(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** Shown to users. */
    public String label() {
        return label;
    }

    static PatrolSource fromId(String id) {
        for (PatrolSource source : values()) {
            if (source.id.equals(id)) {
                return source;
            }
        }
        throw new IllegalStateException("unknown patrol source in the store: " + id);
    }
}
