package cn.luodian.geo.layer;

/** How an import treats what a layer already holds. */
public enum WriteMode {
    /** Add the features; a feature whose key (admin/grid code) exists already fails the import. */
    APPEND,
    /** Replace everything in each layer of the batch. */
    REPLACE
}
