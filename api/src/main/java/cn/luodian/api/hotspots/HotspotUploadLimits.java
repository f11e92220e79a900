package cn.luodian.api.hotspots;

import org.springframework.stereotype.Component;

/** Hands the configured upload limits to {@link BoundedFeatures}, which Jackson creates itself. */
@Component
class HotspotUploadLimits {
    HotspotUploadLimits(HotspotSettings settings) {
        BoundedFeatures.limits = new BoundedFeatures.Limits(settings.maxUnits(), settings.maxUploadVertices());
    }
}
