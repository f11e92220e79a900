package cn.luodian.api.hotspots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.luodian.api.security.Actor;
import io.swagger.v3.oas.annotations.Parameter;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one endpoint's list of analyses: the path, the OpenAPI enum and the beans must agree. */
class HotspotControllerTest {

    private static HotspotAnalysis named(String name) {
        return new HotspotAnalysis() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HotspotAnswer run(HotspotRequest request, Actor actor) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static List<HotspotAnalysis> all() {
        return Arrays.stream(HotspotController.ANALYSES.split("\\|")).map(HotspotControllerTest::named).toList();
    }

    @Test
    void theDocumentedValuesAreThePathsAnalyses() throws Exception {
        Method analyse = Arrays.stream(HotspotController.class.getMethods())
                .filter(m -> m.getName().equals("analyse")).findFirst().orElseThrow();
        Parameter documented = analyse.getParameters()[0].getAnnotation(Parameter.class);
        assertThat(String.join("|", documented.schema().allowableValues())).isEqualTo(HotspotController.ANALYSES);
    }

    @Test
    void everyAnalysisInThePathNeedsExactlyOneBean() {
        assertThat(new HotspotController(all())).isNotNull();
        List<HotspotAnalysis> missing = new ArrayList<>(all());
        missing.remove(0);
        assertThatThrownBy(() -> new HotspotController(missing)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("does not list");
        List<HotspotAnalysis> twice = new ArrayList<>(all());
        twice.add(named("gi-star"));
        assertThatThrownBy(() -> new HotspotController(twice)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("two hotspot analyses are named gi-star");
    }
}
