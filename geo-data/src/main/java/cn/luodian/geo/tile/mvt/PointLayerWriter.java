package cn.luodian.geo.tile.mvt;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one MVT 2.1 layer of point features straight to protocol-buffer bytes. The general
 * encoder builds a protobuf object graph per feature (about 6 µs a case); a dense z14 tile of the
 * cases layer holds tens of thousands of points, so this layer is written by hand (well under 1 µs
 * a case). Keys and values are shared through the layer's tables, as the format intends; a value
 * known to be unique (an id, a case number) skips the lookup.
 */
final class PointLayerWriter {
    // Field numbers of vector_tile.proto (MVT 2.1).
    private static final int LAYER_NAME = 1;
    private static final int LAYER_FEATURES = 2;
    private static final int LAYER_KEYS = 3;
    private static final int LAYER_VALUES = 4;
    private static final int LAYER_EXTENT = 5;
    private static final int LAYER_VERSION = 15;
    private static final int FEATURE_ID = 1;
    private static final int FEATURE_TAGS = 2;
    private static final int FEATURE_TYPE = 3;
    private static final int FEATURE_GEOMETRY = 4;
    private static final int GEOM_TYPE_POINT = 1;
    private static final int VALUE_STRING = 1;
    private static final int VALUE_INT = 4;
    private static final int VALUE_BOOL = 7;
    private static final int MOVE_TO_ONE = (1 << 3) | 1;

    private final String name;
    private final int extent;
    private final List<String> keys = new ArrayList<>();
    private final Map<String, Integer> keyIndex = new HashMap<>();
    private final ProtobufWriter values = new ProtobufWriter();
    private final Map<Object, Integer> valueIndex = new HashMap<>();
    private int valueCount;
    private final ProtobufWriter features = new ProtobufWriter();
    private final ProtobufWriter scratch = new ProtobufWriter();
    private final ProtobufWriter packed = new ProtobufWriter();
    private int featureCount;

    PointLayerWriter(String name, int extent) {
        this.name = name;
        this.extent = extent;
    }

    int featureCount() {
        return featureCount;
    }

    int key(String key) {
        return keyIndex.computeIfAbsent(key, k -> {
            keys.add(k);
            return keys.size() - 1;
        });
    }

    int value(String value) {
        Integer index = valueIndex.get(value);
        return index != null ? index : remember(value, uniqueValue(value));
    }

    int value(long value) {
        Integer index = valueIndex.get(value);
        return index != null ? index : remember(value, uniqueValue(value));
    }

    int value(boolean value) {
        Integer index = valueIndex.get(value);
        return index != null ? index : remember(value, appendValue(VALUE_BOOL, value ? 1 : 0, null));
    }

    /** A value no other feature shares: appended without a table lookup. */
    int uniqueValue(String value) {
        return appendValue(VALUE_STRING, 0, value);
    }

    int uniqueValue(long value) {
        return appendValue(VALUE_INT, value, null);
    }

    /** One point at whole tile units, with its tags as (key index, value index) pairs. */
    void addPoint(Long id, long x, long y, int[] tags, int tagCount) {
        scratch.reset();
        if (id != null) {
            scratch.varintField(FEATURE_ID, id);
        }
        packed.reset();
        for (int i = 0; i < tagCount; i++) {
            packed.varint(tags[i]);
        }
        scratch.messageField(FEATURE_TAGS, packed);
        scratch.varintField(FEATURE_TYPE, GEOM_TYPE_POINT);
        packed.reset();
        packed.varint(MOVE_TO_ONE);
        packed.varint(ProtobufWriter.zigZag(x));
        packed.varint(ProtobufWriter.zigZag(y));
        scratch.messageField(FEATURE_GEOMETRY, packed);
        features.messageField(LAYER_FEATURES, scratch);
        featureCount++;
    }

    /** The layer as the bytes of a {@code Tile.layers} entry (field 3), ready to append to a tile. */
    byte[] toTileBytes() {
        ProtobufWriter layer = new ProtobufWriter();
        layer.varintField(LAYER_VERSION, 2);
        layer.stringField(LAYER_NAME, name);
        layer.raw(features.toByteArray(), 0, features.size());
        for (String key : keys) {
            layer.stringField(LAYER_KEYS, key);
        }
        layer.raw(values.toByteArray(), 0, values.size());
        layer.varintField(LAYER_EXTENT, extent);
        ProtobufWriter tile = new ProtobufWriter();
        tile.messageField(3, layer);
        return tile.toByteArray();
    }

    private int remember(Object value, int index) {
        valueIndex.put(value, index);
        return index;
    }

    private int appendValue(int field, long number, String text) {
        scratch.reset();
        if (text != null) {
            scratch.stringField(field, text);
        } else {
            scratch.varintField(field, number);
        }
        values.messageField(LAYER_VALUES, scratch);
        return valueCount++;
    }
}
