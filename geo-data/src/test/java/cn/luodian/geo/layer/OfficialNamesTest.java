package cn.luodian.geo.layer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OfficialNamesTest {

    @ParameterizedTest
    @CsvSource({
        "长凌营村村委会, 长凌营村",
        "李辛庄村委会, 李辛庄村",
        "谢楼村委会, 谢楼村",
        "运河大街社区居民委员会, 运河大街社区",
        "悟仙观社区居委会, 悟仙观社区",
        "潞源社区, 潞源社区",
        "文景街道虚拟社区, 文景街道虚拟社区",
        "漷县镇, 漷县镇",
    })
    void stripsCommitteeSuffixes(String official, String bare) {
        assertThat(OfficialNames.bareName(official)).isEqualTo(bare);
    }
}
