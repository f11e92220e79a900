package cn.luodian.geo.layer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Features for one or more layers that are written together, in one transaction. Immutable;
 * build with {@link #builder()}.
 */
public final class LayerBatch {
    private final Map<Layer, List<ReferenceFeature>> featuresByLayer;

    private LayerBatch(Map<Layer, List<ReferenceFeature>> featuresByLayer) {
        this.featuresByLayer = featuresByLayer;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static LayerBatch of(Layer layer, List<? extends ReferenceFeature> features) {
        return builder().addAll(layer, features).build();
    }

    /** The layers this batch writes, in {@link Layer} order, including ones given an empty list. */
    public List<Layer> layers() {
        return List.copyOf(featuresByLayer.keySet());
    }

    public List<ReferenceFeature> features(Layer layer) {
        return featuresByLayer.getOrDefault(layer, List.of());
    }

    /** The features of one layer as their record type, e.g. {@code features(Layer.ADMIN, AdminArea.class)}. */
    public <T extends ReferenceFeature> List<T> features(Layer layer, Class<T> type) {
        return features(layer).stream().map(type::cast).toList();
    }

    public int size() {
        return featuresByLayer.values().stream().mapToInt(List::size).sum();
    }

    public static final class Builder {
        private final Map<Layer, List<ReferenceFeature>> featuresByLayer = new EnumMap<>(Layer.class);

        private Builder() {
        }

        public Builder add(ReferenceFeature feature) {
            featuresByLayer.computeIfAbsent(feature.layer(), l -> new ArrayList<>()).add(feature);
            return this;
        }

        /** Adds features to {@code layer}; the layer is part of the batch even when the list is empty. */
        public Builder addAll(Layer layer, List<? extends ReferenceFeature> features) {
            List<ReferenceFeature> list = featuresByLayer.computeIfAbsent(layer, l -> new ArrayList<>());
            for (ReferenceFeature feature : features) {
                if (feature.layer() != layer) {
                    throw new IllegalArgumentException(feature.layer().id() + " 图层的要素不能放入图层 " + layer.id());
                }
                list.add(feature);
            }
            return this;
        }

        public LayerBatch build() {
            Map<Layer, List<ReferenceFeature>> copy = new EnumMap<>(Layer.class);
            featuresByLayer.forEach((layer, features) -> copy.put(layer, List.copyOf(features)));
            return new LayerBatch(Collections.unmodifiableMap(copy));
        }
    }
}
