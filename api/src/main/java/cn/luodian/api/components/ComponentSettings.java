package cn.luodian.api.components;

import cn.luodian.geo.component.ComponentStatuses;
import cn.luodian.geo.component.NearestComponentIndex;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Component settings ({@code luodian.components.*}).
 *
 * @param linkRadiusMetres       a report of a component 小类 is offered the components of that 小类
 *                               within this distance (EPSG:4548 metres) to link
 * @param linkMaxDistanceMetres  a linked component may lie at most this far from the report's place
 *                               (a hotline file naming a code with a rough position still links)
 * @param nearbyShown            the most nearby components offered
 * @param statusAfter            the status a case's component takes when the case takes an action,
 *                               by the action's id ({@code close} → 完好: a closed case means the
 *                               component was repaired or replaced); the closer may name another
 */
@Validated
@ConfigurationProperties("luodian.components")
public record ComponentSettings(
        @Min(1) @Max((long) NearestComponentIndex.MAX_RADIUS_METRES) @DefaultValue("30") double linkRadiusMetres,
        @Min(1) @Max(5000) @DefaultValue("500") double linkMaxDistanceMetres,
        @Min(1) @Max(NearestComponentIndex.MAX_RESULTS) @DefaultValue("10") int nearbyShown,
        Map<String, String> statusAfter) {

    static final String STATUS_AFTER_KEY = "luodian.components.status-after.";

    public ComponentSettings {
        statusAfter = statusAfter == null ? Map.of("close", "完好") : Map.copyOf(statusAfter);
        statusAfter.forEach((action, status) -> {
            if (!ComponentStatuses.DEFAULTS.contains(status)) {
                throw new IllegalArgumentException("配置项 " + STATUS_AFTER_KEY + action + " 的值“" + status
                        + "”不是部件状态：应为 " + String.join("、", ComponentStatuses.DEFAULTS.ids()));
            }
        });
    }
}
