package org.braid.platform.internal.web;

import java.lang.reflect.Type;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.braid.platform.internal.http.Json;

/**
 * JSON Schemas (the OpenAPI 3.0 dialect) of the types bodies are read into and answers written from.
 * The properties are the ones Braid's own JSON mapping writes (Jackson's view of the type: record
 * components, {@code @JsonProperty} names, {@code @JsonValue} enums), so the document cannot drift
 * from the JSON.
 */
final class Schemas {
    private final ObjectNode components;
    /** The schema of each named type, and the {@code $ref} nodes that point at it: named at the end, when all are known. */
    private final Map<Class<?>, ObjectNode> named = new LinkedHashMap<>();
    private final Map<Class<?>, List<ObjectNode>> refs = new LinkedHashMap<>();

    /** @param components the {@code components.schemas} object that named schemas are added to by {@link #name()} */
    Schemas(ObjectNode components) {
        this.components = components;
    }

    /** @return a schema for the type: a {@code $ref} for records, inline for lists, maps, scalars and generic records */
    ObjectNode of(Type type) {
        return of(Json.MAPPER.constructType(type));
    }

    private ObjectNode of(JavaType t) {
        ObjectNode s = Json.MAPPER.createObjectNode();
        Class<?> c = t.getRawClass();
        if (c == byte[].class) {
            s.put("type", "string").put("format", "binary");
        } else if (t.isArrayType() || t.isCollectionLikeType()) {
            s.put("type", "array").set("items", of(t.getContentType()));
        } else if (t.isMapLikeType()) {
            s.put("type", "object").set("additionalProperties", of(t.getContentType()));
        } else if (c == String.class || c == Character.class || c == char.class) {
            s.put("type", "string");
        } else if (c == Integer.class || c == int.class || c == Long.class || c == long.class || c == Short.class || c == short.class
                || c == BigInteger.class) {
            s.put("type", "integer").put("format", c == Long.class || c == long.class ? "int64" : "int32");
            if (c == BigInteger.class) s.remove("format");
        } else if (Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            s.put("type", "number");
        } else if (c == Boolean.class || c == boolean.class) {
            s.put("type", "boolean");
        } else if (c.isEnum()) {
            s.put("type", "string");
            ArrayNode values = s.putArray("enum");
            for (Object e : c.getEnumConstants()) values.add(Json.MAPPER.valueToTree(e)); // as written: @JsonValue wins
        } else if (ObjectNode.class.isAssignableFrom(c)) {
            s.put("type", "object"); // a document served as it is stored, e.g. a seed file
        } else if (ArrayNode.class.isAssignableFrom(c)) {
            s.put("type", "array").putObject("items");
        } else if (JsonNode.class.isAssignableFrom(c) || c == Object.class) {
            return s; // any JSON
        } else if (t.hasGenericTypes() && t.getBindings().size() > 0) {
            properties(s, t); // e.g. Page<Plan>: its type argument is part of its shape
        } else {
            if (!named.containsKey(c)) {
                ObjectNode schema = Json.MAPPER.createObjectNode();
                named.put(c, schema); // before its properties: a type may contain itself
                properties(schema, t);
            }
            refs.computeIfAbsent(c, k -> new ArrayList<>()).add(s);
        }
        return s;
    }

    /** Fills an object schema with the properties Jackson writes; primitives cannot be null, so they are required. */
    private void properties(ObjectNode schema, JavaType t) {
        schema.put("type", "object");
        ObjectNode props = schema.putObject("properties");
        for (BeanPropertyDefinition p : Json.MAPPER.getSerializationConfig().introspect(t).findProperties()) {
            if (!p.couldSerialize()) continue;
            JavaType pt = p.getPrimaryType();
            props.set(p.getName(), of(pt));
            if (pt.isPrimitive()) schema.withArray("required").add(p.getName());
        }
    }

    /**
     * Adds the named schemas to the components and points every {@code $ref} at them. The core's types
     * keep their simple names; a module's get the module's package as a prefix (e.g.
     * {@code needsassessment.PriorityArea} beside {@code planning.PriorityArea}), so a name does not
     * change when another module comes or goes; two types that would still share a name get their
     * full class names.
     */
    void name() {
        Map<String, Long> uses = named.keySet().stream().collect(Collectors.groupingBy(Schemas::shortName, Collectors.counting()));
        for (var e : named.entrySet()) {
            Class<?> c = e.getKey();
            String name = uses.get(shortName(c)) == 1 ? shortName(c) : c.getName().replace('$', '.');
            components.set(name, e.getValue());
            for (ObjectNode ref : refs.getOrDefault(c, List.of())) ref.put("$ref", "#/components/schemas/" + name);
        }
    }

    private static String shortName(Class<?> c) {
        String pkg = c.getPackageName();
        if (pkg.startsWith("org.braid.core.") || pkg.startsWith("org.braid.platform.")) return c.getSimpleName();
        String[] parts = pkg.split("\\.");
        return (pkg.startsWith("org.braid.") && parts.length > 2 ? parts[2] : pkg) + "." + c.getSimpleName();
    }
}
