package cn.luodian.api.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LatinWordsTest {
    @Test
    void codesNumbersUnitsAndFormatNamesPass() {
        assertThat(LatinWords.in("漷县镇长凌营村距长凌营环路约124米 B0101 上水井盖 EPSG:4548 GCJ-02 3.5 km 导入 CSV 或 GeoJSON"))
                .isEmpty();
        assertThat(LatinWords.in("© OpenStreetMap 贡献者 | Leaflet | Gi* 热点")).isEmpty();
    }

    @Test
    void englishWordsAndRawEnumValuesAreFound() {
        assertThat(LatinWords.in("状态：exposed")).containsExactly("exposed");
        assertThat(LatinWords.in("case X is outside the jurisdiction")).containsExactly("case", "is", "outside", "the", "jurisdiction");
        assertThat(LatinWords.in("sporadic_hot_spot")).containsExactly("sporadic", "hot", "spot");
        assertThat(LatinWords.in("units=grid，crs=EPSG:4548")).containsExactly("units", "grid", "crs");
    }
}
