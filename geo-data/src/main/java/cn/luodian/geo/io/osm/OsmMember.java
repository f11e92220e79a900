package cn.luodian.geo.io.osm;

/** One member of a relation: what kind of element, its id and its role ("outer", "inner", …). */
record OsmMember(Type type, long id, String role) {

    enum Type { NODE, WAY, RELATION }
}
