package cn.luodian.api.fuzz;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The operations of the OpenAPI document the server publishes at {@code /v3/api-docs}, read at run
 * time so that an endpoint added later is fuzzed without touching the test. Schemas are returned
 * with their {@code $ref}s resolved (to a bounded depth: the documents' schemas do not recurse, but
 * a hostile test must not trust that).
 */
@SuppressWarnings("unchecked")
record ApiOperations(List<Operation> operations) {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");
    private static final int MAX_REF_DEPTH = 8;

    /** A parameter: its name, where it goes (path, query, header) and its schema. */
    record Parameter(String name, String in, boolean required, Map<String, Object> schema) {
        String type() {
            Object type = schema.get("type");
            return type == null ? "string" : type.toString();
        }

        List<Object> enumValues() {
            Object values = schema.get("enum");
            return values instanceof List<?> list ? (List<Object>) list : List.of();
        }
    }

    /** An operation: method, path template, parameters, and the request body's media type and schema (or null). */
    record Operation(String method, String path, List<Parameter> parameters, String bodyType, Map<String, Object> bodySchema) {
        List<Parameter> in(String where) {
            return parameters.stream().filter(p -> p.in().equals(where)).toList();
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static ApiOperations of(Map<String, Object> document) {
        Map<String, Object> components = (Map<String, Object>) document.getOrDefault("components", Map.of());
        Map<String, Object> schemas = (Map<String, Object>) components.getOrDefault("schemas", Map.of());
        List<Operation> operations = new ArrayList<>();
        Map<String, Object> paths = (Map<String, Object>) document.get("paths");
        paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            Map<String, Object> operation = (Map<String, Object>) value;
            List<Parameter> parameters = new ArrayList<>();
            for (Object p : (List<Object>) operation.getOrDefault("parameters", List.of())) {
                Map<String, Object> parameter = resolve((Map<String, Object>) p, schemas, 0);
                parameters.add(new Parameter((String) parameter.get("name"), (String) parameter.get("in"),
                        Boolean.TRUE.equals(parameter.get("required")),
                        resolve((Map<String, Object>) parameter.getOrDefault("schema", Map.of()), schemas, 0)));
            }
            String bodyType = null;
            Map<String, Object> bodySchema = null;
            Map<String, Object> body = (Map<String, Object>) operation.get("requestBody");
            if (body != null) {
                Map<String, Object> content = (Map<String, Object>) body.getOrDefault("content", Map.of());
                if (!content.isEmpty()) {
                    bodyType = content.keySet().iterator().next();
                    Map<String, Object> media = (Map<String, Object>) content.get(bodyType);
                    bodySchema = resolve((Map<String, Object>) media.getOrDefault("schema", Map.of()), schemas, 0);
                }
            }
            operations.add(new Operation(method.toUpperCase(), path, List.copyOf(parameters), bodyType, bodySchema));
        }));
        return new ApiOperations(List.copyOf(operations));
    }

    /** The schema with every {@code $ref} below it replaced by what it names. */
    private static Map<String, Object> resolve(Map<String, Object> schema, Map<String, Object> schemas, int depth) {
        if (depth > MAX_REF_DEPTH) {
            return Map.of("type", "object");
        }
        Object ref = schema.get("$ref");
        if (ref instanceof String name) {
            Object named = schemas.get(name.substring(name.lastIndexOf('/') + 1));
            return named == null ? Map.of() : resolve((Map<String, Object>) named, schemas, depth + 1);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        schema.forEach((key, value) -> {
            if ("properties".equals(key) && value instanceof Map<?, ?> properties) {
                Map<String, Object> each = new LinkedHashMap<>();
                ((Map<String, Object>) properties).forEach((name, property) ->
                        each.put(name, resolve((Map<String, Object>) property, schemas, depth + 1)));
                resolved.put(key, each);
            } else if (("items".equals(key) || "additionalProperties".equals(key)) && value instanceof Map<?, ?> items) {
                resolved.put(key, resolve((Map<String, Object>) items, schemas, depth + 1));
            } else {
                resolved.put(key, value);
            }
        });
        return resolved;
    }
}
