package org.braid.platform.internal.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.platform.internal.http.Json;

/** JSON Schemas (the OpenAPI 3.0 dialect) of request body types, derived from their record components. */
final class Schemas {
    private final ObjectNode components;

    /** @param components the {@code components.schemas} object that named schemas are added to */
    Schemas(ObjectNode components) {
        this.components = components;
    }

    /** @return a schema for the type, a {@code $ref} for records */
    ObjectNode of(Type type) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                s.put("type", "array").set("items", of(p.getActualTypeArguments()[0]));
            } else if (Map.class.isAssignableFrom(raw)) {
                s.put("type", "object").set("additionalProperties", of(p.getActualTypeArguments()[1]));
            }
            return s;
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) s.put("type", "string");
        else if (c == Integer.class || c == int.class || c == Long.class || c == long.class) s.put("type", "integer");
        else if (Number.class.isAssignableFrom(c) || c == double.class) s.put("type", "number");
        else if (c == Boolean.class || c == boolean.class) s.put("type", "boolean");
        else if (c.isEnum()) {
            s.put("type", "string");
            Arrays.stream(c.getEnumConstants()).forEach(e -> s.withArray("enum").add(e.toString()));
        } else if (c.isRecord()) {
            if (!components.has(c.getSimpleName())) {
                ObjectNode r = components.putObject(c.getSimpleName()).put("type", "object");
                ObjectNode props = r.putObject("properties");
                for (RecordComponent rc : c.getRecordComponents()) props.set(jsonName(rc), of(rc.getGenericType()));
            }
            s.put("$ref", "#/components/schemas/" + c.getSimpleName());
        } else if (!JsonNode.class.isAssignableFrom(c)) {
            s.put("type", "object");
        }
        return s;
    }

    /** @return the component's name in JSON: its {@code @JsonProperty} name when it has one (e.g. a strategy's {@code if}) */
    private static String jsonName(RecordComponent rc) {
        com.fasterxml.jackson.annotation.JsonProperty p = rc.getAccessor().getAnnotation(com.fasterxml.jackson.annotation.JsonProperty.class);
        return p != null && !p.value().isEmpty() ? p.value() : rc.getName();
    }
}
