package cn.luodian.geo.locate;

/** The kinds of named place a location sentence is made of, in the order they are written. */
public enum NameKind {
    /** 乡镇/街道, also the informal "XX地区". */
    TOWNSHIP,
    /** 村/社区. */
    VILLAGE,
    ROAD,
    WATERWAY,
    /** A building or point of interest: "80号楼", "运河中学". */
    LANDMARK
}
