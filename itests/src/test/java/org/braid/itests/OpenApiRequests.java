package org.braid.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Reads operations out of Braid's OpenAPI document and makes plausible bodies from their schemas. */
final class OpenApiRequests {

    /** One documented operation. */
    record Op(String method, String path, String access, JsonNode spec) {
        String key() {
            return method + " " + path;
        }

        boolean hasBody() {
            return spec.has("requestBody");
        }

        List<String> queryParams() {
            List<String> out = new ArrayList<>();
            for (JsonNode p : spec.path("parameters")) if (p.path("in").asText().equals("query")) out.add(p.path("name").asText());
            return out;
        }

        JsonNode bodySchema() {
            return spec.path("requestBody").path("content").path("application/json").path("schema");
        }
    }

    final JsonNode doc;

    OpenApiRequests(JsonNode doc) {
        this.doc = doc;
    }

    List<Op> operations() {
        List<Op> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields(); paths.hasNext(); ) {
            var p = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = p.getValue().fields(); ops.hasNext(); ) {
                var o = ops.next();
                out.add(new Op(o.getKey().toUpperCase(), p.getKey(), o.getValue().path("x-braid-access").asText("NONE"), o.getValue()));
            }
        }
        return out;
    }

    JsonNode resolve(JsonNode schema) {
        if (schema.has("$ref")) return doc.at(schema.path("$ref").asText().substring(1));
        return schema;
    }

    /**
     * A body of the schema's shape: every string "x" (ids and org references get {@code orgId}),
     * enums their first value, numbers 1, versions a stale 999999 so no update ever lands.
     */
    JsonNode sample(JsonNode schema, String orgId, int depth) {
        schema = resolve(schema);
        var f = Http.JSON.getNodeFactory();
        if (schema.has("enum")) return schema.path("enum").path(0);
        switch (schema.path("type").asText()) {
            case "string": return f.textNode("x");
            case "integer": return f.numberNode(1);
            case "number": return f.numberNode(1.5);
            case "boolean": return f.booleanNode(false);
            case "array": {
                ArrayNode a = f.arrayNode();
                if (depth < 3) a.add(sample(schema.path("items"), orgId, depth + 1));
                return a;
            }
            default: {
                ObjectNode o = f.objectNode();
                if (depth > 3) return o;
                for (Iterator<Map.Entry<String, JsonNode>> props = schema.path("properties").fields(); props.hasNext(); ) {
                    var e = props.next();
                    String name = e.getKey();
                    if (name.equals("version")) o.put(name, 999999);
                    else if (name.equals("orgId") || name.equals("parentId")) o.put(name, orgId);
                    else if (name.equals("id")) o.putNull(name);
                    else o.set(name, sample(e.getValue(), orgId, depth + 1));
                }
                return o;
            }
        }
    }
}
