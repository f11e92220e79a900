package cn.luodian.api.storage;

/** The two stores every repository test runs against. */
public enum Database {
    H2GIS, POSTGIS
}
