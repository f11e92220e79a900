package cn.luodian.geo.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ColumnNamesTest {
    private enum Column {
        CODE(ColumnNames.of("部件编码", "code", "部件标识码")),
        OWNER(ColumnNames.of("权属单位", "ownerUnit"));

        private final ColumnNames names;

        Column(ColumnNames names) {
            this.names = names;
        }
    }

    @Test
    void matchesIgnoringCaseSpacesUnderscoresAndHyphens() {
        assertThat(ColumnNames.find(Column.values(), c -> c.names, " 部件 编码 ")).isEqualTo(Column.CODE);
        assertThat(ColumnNames.find(Column.values(), c -> c.names, "CODE")).isEqualTo(Column.CODE);
        assertThat(ColumnNames.find(Column.values(), c -> c.names, "owner_unit")).isEqualTo(Column.OWNER);
        assertThat(ColumnNames.find(Column.values(), c -> c.names, "Owner-Unit")).isEqualTo(Column.OWNER);
        assertThat(ColumnNames.find(Column.values(), c -> c.names, "owner")).isNull();
        assertThat(Column.OWNER.names.label()).isEqualTo("权属单位");
    }
}
