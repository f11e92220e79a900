package cn.luodian.geo.tile;

/**
 * The frame points are placed in: as stored (WGS-84), or shifted to GCJ-02 so that they line up
 * on the domestic base maps (Amap, Tencent), which draw GCJ-02.
 */
public enum PointShift {
    NONE, GCJ02
}
