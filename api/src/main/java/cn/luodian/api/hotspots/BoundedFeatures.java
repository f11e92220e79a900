package cn.luodian.api.hotspots;

import cn.luodian.api.system.BadRequestException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a request's uploaded units (a GeoJSON FeatureCollection) token by token, counting features
 * and vertices as they stream in, and stops with a 400 at the first one over the limit: 150,000
 * features or a 1,000,000-vertex polygon used to be parsed whole (40 and 51 s) before any limit
 * was looked at. What it builds is the same tree Jackson would.
 *
 * <p>Jackson creates deserializers itself, so the limits are installed once at start-up by
 * {@link HotspotUploadLimits} (every server in a JVM has them from its own settings; tests start
 * several with the same ones).
 */
final class BoundedFeatures extends ValueDeserializer<JsonNode> {
    /** @param maxFeatures the most features; @param maxVertices the most positions in all coordinates */
    record Limits(int maxFeatures, long maxVertices) {
    }

    static volatile Limits limits = new Limits(100_000, 200_000);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Override
    public JsonNode deserialize(JsonParser p, DeserializationContext ctxt) {
        return new Reader(p, limits).value(p.currentToken(), Place.ROOT);
    }

    /** Where in the FeatureCollection a value is, as far as counting needs to know. */
    private enum Place { ROOT, FEATURES, OTHER, COORDINATES }

    private static final class Reader {
        private final JsonParser p;
        private final Limits limits;
        private int features;
        private long vertices;

        Reader(JsonParser p, Limits limits) {
            this.p = p;
            this.limits = limits;
        }

        JsonNode value(JsonToken token, Place place) {
            return switch (token) {
                case START_OBJECT -> object(place);
                case START_ARRAY -> array(place);
                case VALUE_STRING -> NODES.stringNode(p.getString());
                case VALUE_NUMBER_INT -> switch (p.getNumberType()) {
                    case INT -> NODES.numberNode(p.getIntValue());
                    case LONG -> NODES.numberNode(p.getLongValue());
                    default -> NODES.numberNode(p.getBigIntegerValue());
                };
                case VALUE_NUMBER_FLOAT -> NODES.numberNode(p.getDoubleValue());
                case VALUE_TRUE -> NODES.booleanNode(true);
                case VALUE_FALSE -> NODES.booleanNode(false);
                case VALUE_NULL -> NODES.nullNode();
                default -> throw new BadRequestException("上传的单元不是有效的 GeoJSON：位置 " + p.currentLocation());
            };
        }

        private ObjectNode object(Place place) {
            ObjectNode node = NODES.objectNode();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                String name = p.currentName();
                JsonToken valueToken = p.nextToken();
                Place inner = place == Place.COORDINATES ? Place.COORDINATES
                        : "coordinates".equals(name) ? Place.COORDINATES
                        : place == Place.ROOT && "features".equals(name) ? Place.FEATURES : Place.OTHER;
                node.set(name, value(valueToken, inner));
            }
            return node;
        }

        private ArrayNode array(Place place) {
            ArrayNode node = NODES.arrayNode();
            boolean first = true;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (place == Place.FEATURES && ++features > limits.maxFeatures()) {
                    throw new BadRequestException("分析单元太多：超过 " + limits.maxFeatures() + " 个要素（读到第 "
                            + features + " 个时停止）");
                }
                if (place == Place.COORDINATES && first && t.isNumeric() && ++vertices > limits.maxVertices()) {
                    throw new BadRequestException("上传的单元顶点太多：所有几何图形合计最多 " + limits.maxVertices() + " 个顶点");
                }
                first = false;
                node.add(value(t, place == Place.FEATURES ? Place.OTHER : place));
            }
            return node;
        }
    }
}
