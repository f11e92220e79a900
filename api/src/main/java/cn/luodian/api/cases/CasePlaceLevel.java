package cn.luodian.api.cases;

/** The places a case is counted by in statistics: its unit grid cell, village or township ({@code sql}: its column). */
public enum CasePlaceLevel {
    GRID_CELL("grid_cell_code"), VILLAGE("village_code"), TOWNSHIP("township_code");

    final String sql;

    CasePlaceLevel(String sql) {
        this.sql = sql;
    }
}
