package cn.luodian.api.cases;

/** The place columns of a case that statistics count by: its unit grid cell, village or township. */
public enum CaseColumn {
    GRID_CELL("grid_cell_code"), VILLAGE("village_code"), TOWNSHIP("township_code");

    final String sql;

    CaseColumn(String sql) {
        this.sql = sql;
    }
}
