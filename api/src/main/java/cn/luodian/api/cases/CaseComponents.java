package cn.luodian.api.cases;

import cn.luodian.api.categories.Taxonomy;
import cn.luodian.api.components.ComponentSettings;
import cn.luodian.api.components.Components;
import cn.luodian.api.components.StoredComponent;
import cn.luodian.api.security.Actor;
import cn.luodian.api.system.BadRequestException;
import cn.luodian.geo.component.ComponentStatuses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * A case and the 部件 it is about: the code a report names is checked (it exists, is of the report's
 * 小类 and lies near its place), and a step the settings name ({@code luodian.components.status-after.*},
 * 结案 → 完好) or the step's own choice sets the component's status, with the case in its history.
 */
@Component
class CaseComponents {
    private static final Pattern CODE = Pattern.compile("[0-9]{16}");

    private final Components components;
    private final Taxonomy taxonomy;
    private final ComponentSettings settings;

    CaseComponents(Components components, Taxonomy taxonomy, ComponentSettings settings) {
        this.components = components;
        this.taxonomy = taxonomy;
        this.settings = settings;
        for (String action : settings.statusAfter().keySet()) {
            try {
                CaseAction.parse(action);
            } catch (RuntimeException e) {
                throw new IllegalStateException("配置项 luodian.components.status-after 中的“" + action + "”不是案件操作", e);
            }
        }
    }

    /** The report's component code once checked (null when it names none); 400 naming what is wrong. */
    String checkedCode(String code, String categoryCode, double lon, double lat) {
        if (code == null || code.isBlank()) {
            return null;
        }
        if (!CODE.matcher(code).matches()) {
            throw new BadRequestException("部件标识码应为 16 位数字");
        }
        StoredComponent component = components.find(code)
                .orElseThrow(() -> new BadRequestException("没有标识码为 " + code + " 的部件"));
        if (!component.component().category().equals(categoryCode)) {
            throw new BadRequestException("部件 " + code + " 是“" + categoryName(component.component().category())
                    + "”，与案件小类“" + categoryName(categoryCode) + "”不符");
        }
        double distance = components.distanceMetres(component, lon, lat);
        if (distance > settings.linkMaxDistanceMetres()) {
            throw new BadRequestException("部件 " + code + " 距上报位置约 " + Math.round(distance) + " 米，超过 "
                    + Math.round(settings.linkMaxDistanceMetres()) + " 米：请核对部件标识码或位置");
        }
        return code;
    }

    /** The component of a case, as stored now (empty when the case names none or a re-survey removed it). */
    Optional<StoredComponent> of(CityCase c) {
        return c.componentCode() == null ? Optional.empty() : components.find(c.componentCode());
    }

    /**
     * After {@code action} on a case: the status its component takes, the step's own
     * ({@code componentStatus}) or the configured one for the action; none leaves it as it is.
     */
    void afterStep(CityCase c, CaseAction action, String componentStatus, Actor actor) {
        if (componentStatus != null && c.componentCode() == null) {
            throw new BadRequestException("案件 " + c.number() + " 没有关联部件，不能设置部件状态");
        }
        String status = componentStatus != null ? componentStatus : settings.statusAfter().get(action.id());
        if (status == null || c.componentCode() == null) {
            return;
        }
        components.changeStatus(c.componentCode(), status, actor.username(), "案件 " + c.number() + " " + action.label());
    }

    /** A status the client named for the component, checked against the status list. */
    static String checkedStatus(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        if (!ComponentStatuses.DEFAULTS.contains(status)) {
            throw new BadRequestException("部件状态应为 " + String.join("、", ComponentStatuses.DEFAULTS.ids()));
        }
        return status;
    }

    /** What a case's answer says of its component: enough for the card the dispatcher reads. */
    Map<String, Object> card(StoredComponent stored, CityCase c) {
        Map<String, Object> card = new LinkedHashMap<>();
        card.put("code", stored.code());
        card.put("name", stored.component().name());
        card.put("category", stored.component().category());
        card.put("categoryName", categoryName(stored.component().category()));
        card.put("status", stored.component().status());
        card.put("ownerUnit", stored.component().ownerUnit());
        card.put("maintainerUnit", stored.component().maintainerUnit());
        card.put("distanceMetres", Math.round(components.distanceMetres(stored, c.lon(), c.lat())));
        return card;
    }

    /** The unit names a linked component proposes for dispatch: its owner, then its maintainer. */
    List<String> unitNames(CityCase c) {
        return of(c).map(s -> List.of(s.component().ownerUnit(), s.component().maintainerUnit()))
                .orElse(List.of());
    }

    private String categoryName(String code) {
        return taxonomy.find(code).map(cat -> cat.name()).orElse(code);
    }
}
