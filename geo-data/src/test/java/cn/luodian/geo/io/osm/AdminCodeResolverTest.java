package cn.luodian.geo.io.osm;

import static org.assertj.core.api.Assertions.assertThat;

import cn.luodian.geo.io.osm.AdminCodeResolver.Resolved;
import cn.luodian.geo.io.osm.AdminCodeResolver.Result;
import cn.luodian.geo.io.osm.AdminCodeResolver.Unresolved;
import cn.luodian.geo.layer.AdminLevel;
import cn.luodian.geo.layer.DivisionCode;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AdminCodeResolverTest {
    /** 110113106 is made up: a second 漷县镇 in another district, to make the name ambiguous. */
    private final AdminCodeResolver resolver = new AdminCodeResolver(List.of(
            new DivisionCode("110112", "通州区", null),
            new DivisionCode("110112106", "漷县镇", "110112"),
            new DivisionCode("110113106", "漷县镇", "110113"),
            new DivisionCode("110112104", "潞城镇", "110112"),
            new DivisionCode("110112106213", "长凌营村村委会", "110112106"),
            new DivisionCode("110112104222", "谢楼村委会", "110112104")));

    @ParameterizedTest
    @ValueSource(strings = {"ref", "ref:gb", "gb:code", "ref:stats"})
    void codeTagWins(String key) {
        Result result = resolver.resolve(AdminLevel.TOWNSHIP, OsmTags.of("name", "某某镇", key, "110112106"), List.of());
        assertThat(result).isEqualTo(new Resolved("110112106", "漷县镇"));
    }

    @Test
    void codeTagNotInTheGazetteerKeepsTheOsmName() {
        Result result = resolver.resolve(AdminLevel.DISTRICT, OsmTags.of("name", "顺义区", "ref", "110113"), List.of());
        assertThat(result).isEqualTo(new Resolved("110113", "顺义区"));
    }

    @Test
    void codeTagOfTheWrongLengthIsIgnored() {
        Result result = resolver.resolve(AdminLevel.TOWNSHIP, OsmTags.of("name", "潞城镇", "ref", "110112"), List.of());
        assertThat(result).isEqualTo(new Resolved("110112104", "潞城镇"));
    }

    @Test
    void bareNameMatchesOfficialCommitteeName() {
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "谢楼村"), List.of()))
                .isEqualTo(new Resolved("110112104222", "谢楼村"));
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "长凌营村村民委员会"), List.of()))
                .isEqualTo(new Resolved("110112106213", "长凌营村"));
    }

    @Test
    void nameZhIsTriedWhenNameIsNotFound() {
        Result result = resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "Changlingying", "name:zh", "长凌营村"), List.of());
        assertThat(result).isEqualTo(new Resolved("110112106213", "长凌营村"));
    }

    @Test
    void enclosingAreaPicksBetweenNamesakes() {
        assertThat(resolver.resolve(AdminLevel.TOWNSHIP, OsmTags.of("name", "漷县镇"), List.of("110112")))
                .isEqualTo(new Resolved("110112106", "漷县镇"));
    }

    @Test
    void namesakesWithoutAnEnclosingAreaAreNotGuessed() {
        assertThat(resolver.resolve(AdminLevel.TOWNSHIP, OsmTags.of("name", "漷县镇"), List.of()))
                .isEqualTo(new Unresolved("no division code: 漷县镇 matches 110112106, 110113106 in the gazetteer"
                        + " and the enclosing areas do not tell which"));
    }

    @Test
    void candidateOutsideTheEnclosingAreaIsRefused() {
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "谢楼村"), List.of("110112106")))
                .isEqualTo(new Unresolved("no division code: 谢楼村 matches 110112104222 in the gazetteer,"
                        + " none of them in the enclosing 110112106"));
    }

    @Test
    void nameAtAnotherLevelDoesNotMatch() {
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "漷县镇"), List.of()))
                .isInstanceOf(Unresolved.class);
    }

    @Test
    void unknownNameAndNoNameAreUnresolved() {
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("name", "小王庄村"), List.of()))
                .isEqualTo(new Unresolved("no division code: no code tag (ref, ref:gb, gb:code, ref:stats)"
                        + " and the name is not in the gazetteer"));
        assertThat(resolver.resolve(AdminLevel.VILLAGE, OsmTags.of("admin_level", "10"), List.of()))
                .isEqualTo(new Unresolved("no division code: no code tag and no name"));
    }
}
